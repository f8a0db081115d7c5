package org.icpengine.data.profile;

import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.clean.Cleaner;
import org.icpengine.data.engine.Engine;

/**
 * A pipeline stage read as the won/lost outcome: Maven CRM's {@code deal_stage} (Won, Lost,
 * Engaging, Prospecting), Salesforce's {@code Stage} (Closed Won, Closed Lost, …), HubSpot's {@code
 * Deal Stage} (closedwon, closedlost, …). Won stages are true, lost ones false, and every other
 * stage is an open deal: missing, so it counts neither as won nor as lost.
 */
final class StageOutcome {
  /** The spellings of a won stage, lower case. */
  static final Set<String> WON = Set.of("won", "closed won", "closedwon", "closed - won");

  /** The spellings of a lost stage, lower case. */
  static final Set<String> LOST = Set.of("lost", "closed lost", "closedlost", "closed - lost");

  private static final int STAGES_NAMED = 5;

  private StageOutcome() {}

  /**
   * Returns the note on a stage column: what it was read as, and how many rows are open deals with
   * their most common stages.
   */
  static String note(Engine engine, String rawTable, String changesTable, String column) {
    List<ValueCount> open = openStages(engine, rawTable, changesTable, column);
    long rows = open.stream().mapToLong(ValueCount::count).sum();
    String read = "the won/lost outcome: won stages are won, lost stages lost";
    if (rows == 0) {
      return read + "; no deal is open";
    }
    return read
        + String.format(
            Locale.ROOT,
            "; %,d open deals (%s) are neither, so they are left out of win rates and training",
            rows,
            open.stream()
                .limit(STAGES_NAMED)
                .map(v -> v.value() + String.format(Locale.ROOT, " %,d", v.count()))
                .collect(Collectors.joining(", ")));
  }

  /** Returns the open stages of a cleaned stage column with their counts, most common first. */
  static List<ValueCount> openStages(
      Engine engine, String rawTable, String changesTable, String column) {
    return engine.query(
        "SELECT icp_blank(r."
            + quote(column)
            + ") AS stage, count(*) AS n FROM "
            + rawTable
            + " r POSITIONAL JOIN (SELECT "
            + quote(column + Cleaner.CHANGE_SUFFIX)
            + " AS code FROM "
            + changesTable
            + ") c WHERE c.code = "
            + ChangeKind.OPEN.code()
            + " GROUP BY stage ORDER BY n DESC, stage",
        row -> new ValueCount(row.getString(1), row.getLong(2)));
  }
}
