package org.icpengine.data.sources;

import java.util.List;
import java.util.Locale;

/**
 * How one file's rows linked to the accounts.
 *
 * @param name the source's name in {@code sources.yaml}
 * @param file the file's name
 * @param kind what it holds
 * @param rows rows read
 * @param byKey rows linked by the accounts' key
 * @param byDomain rows linked by normalised domain (e-mail domains included)
 * @param byName rows linked by normalised company name
 * @param unmatchedExamples up to five values that linked to no account
 * @param problems row-level problems, in words (e.g. subscriptions ending before they start)
 */
public record SourceLink(
    String name,
    String file,
    SourceKind kind,
    long rows,
    long byKey,
    long byDomain,
    long byName,
    List<String> unmatchedExamples,
    List<String> problems) {

  /** The most unmatched values kept as examples. */
  public static final int EXAMPLES = 5;

  public SourceLink {
    unmatchedExamples = List.copyOf(unmatchedExamples);
    problems = List.copyOf(problems);
  }

  /** Returns the rows linked by any means. */
  public long matched() {
    return byKey + byDomain + byName;
  }

  /** Returns the rows linked to no account. */
  public long unmatched() {
    return rows - matched();
  }

  /** Returns whether the kind is linked to accounts at all (spend is not). */
  public boolean linkable() {
    return kind != SourceKind.SPEND && kind != SourceKind.ACCOUNTS;
  }

  /** Returns the link in one line: rows matched, how, unmatched with examples. */
  public String describe() {
    if (!linkable()) {
      return String.format(Locale.ROOT, "%s (%s): %,d rows", file, kind.yamlName(), rows);
    }
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s (%s): %,d of %,d rows linked (%.1f %%; by key %,d, domain %,d, name %,d),"
                    + " %,d not",
                file,
                kind.yamlName(),
                matched(),
                rows,
                rows == 0 ? 0.0 : 100.0 * matched() / rows,
                byKey,
                byDomain,
                byName,
                unmatched()));
    if (!unmatchedExamples.isEmpty()) {
      line.append(" (e.g. ")
          .append(String.join(", ", unmatchedExamples.stream().map(v -> "'" + v + "'").toList()))
          .append(')');
    }
    return line.toString();
  }
}
