package org.icpengine.cli.drift;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.icpengine.data.drift.Periods;

/** How {@code icp drift --window} split the accounts, in words and as JSON. */
final class PeriodsText {
  private PeriodsText() {}

  /** Prints one line: the split date, the column and the accounts on each side. */
  static void print(Periods periods, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Periods by %s: reference before %s (%,d accounts), current from %s (%,d accounts)%s%n",
        periods.column(),
        periods.split(),
        periods.referenceRows(),
        periods.split(),
        periods.currentRows(),
        periods.undated() == 0
            ? ""
            : String.format(
                Locale.ROOT, "; %,d accounts without a date left out", periods.undated()));
    out.flush();
  }

  /** Returns {@code {"column", "split", "reference_accounts", "current_accounts", "undated"}}. */
  static ObjectNode json(Periods periods) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("column", periods.column());
    node.put("split", periods.split().toString());
    node.put("reference_accounts", periods.referenceRows());
    node.put("current_accounts", periods.currentRows());
    node.put("undated", periods.undated());
    return node;
  }
}
