package org.icpengine.core.column;

import java.util.Locale;

/** The kind of trait an attribute describes, as the ICP literature groups them. */
public enum AttributeCategory {
  /** Who the company is: industry, size, revenue, location, ownership, age. */
  FIRMOGRAPHIC("firmographic"),
  /** What the company runs: tech stack, tools, platforms, integrations. */
  TECHNOGRAPHIC("technographic"),
  /** What the company believes and fears: pains, priorities, values, motivations. */
  PSYCHOGRAPHIC("psychographic"),
  /** What the company hires the product to do: use cases, goals, needs. */
  JOB_TO_BE_DONE("job-to-be-done"),
  /** What the company does with us: visits, usage, email and event activity. */
  BEHAVIOURAL("behavioural");

  private final String label;

  AttributeCategory(String label) {
    this.label = label;
  }

  /** Returns the readable label, also used in mapping files and JSON output. */
  public String label() {
    return label;
  }

  /**
   * Parses a category from its label or name, ignoring case, spaces, hyphens and underscores;
   * "behavioral" and "engagement" are accepted for {@link #BEHAVIOURAL}, "jtbd" for {@link
   * #JOB_TO_BE_DONE}.
   *
   * @throws IllegalArgumentException when the text names no category
   */
  public static AttributeCategory parse(String text) {
    String key = Keys.fold(text);
    switch (key) {
      case "behavioral":
      case "engagement":
        return BEHAVIOURAL;
      case "jtbd":
        return JOB_TO_BE_DONE;
      default:
        return Keys.parse(AttributeCategory.class, text, "category");
    }
  }

  @Override
  public String toString() {
    return label.toLowerCase(Locale.ROOT);
  }
}
