package org.icpengine.data.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.data.clean.ColumnPlan;

/**
 * What ICP Engine understood about a column beyond its type, in sentences the profile prints: a
 * process column and why it is left out, a number convention, a stage read as won/lost, and the
 * evidence that a column leaks the outcome.
 */
final class ColumnReading {
  static final String PROCESS_NOTE =
      "a process column: it records who worked the account or deal (owner, rep, agent, manager,"
          + " team, office), not what the account is, so it is neither a trait nor in the fit"
          + " score";

  static final String NAME_EVIDENCE =
      "its name marks a sales-pipeline field filled in as the deal moves (stage, lead or deal"
          + " status, tags, last activity, quality, score)";

  private ColumnReading() {}

  /**
   * Returns the evidence that the column leaks the outcome, if any: the mapping file's word, its
   * dates, or its name.
   */
  static Optional<String> leakage(
      String name,
      ColumnMeaning meaning,
      Optional<ColumnOverride> override,
      Map<String, String> dateEvidence) {
    Optional<Boolean> mapped = override.flatMap(ColumnOverride::leaky);
    if (mapped.isPresent()) {
      return mapped.get() ? Optional.of("marked leaky in the mapping file") : Optional.empty();
    }
    if (dateEvidence.containsKey(name)) {
      return Optional.of(dateEvidence.get(name));
    }
    return meaning.leaky() ? Optional.of(NAME_EVIDENCE) : Optional.empty();
  }

  /** Returns the notes on a column: its process role, number convention and stage reading. */
  static List<String> notes(ColumnPlan plan, ColumnMeaning meaning, Optional<String> stage) {
    List<String> notes = new ArrayList<>();
    if (meaning.role() == ColumnRole.PROCESS) {
      notes.add(PROCESS_NOTE);
    }
    plan.numbers().describe().ifPresent(notes::add);
    stage.ifPresent(notes::add);
    return notes;
  }
}
