package org.icpengine.data.assembly;

import java.util.List;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceRole;

/**
 * Engagement features per account from the linked touches dated before as-of: counts in the 30, 90
 * and 365 days before it, days since the last touch, and the first-touch channel. Their names start
 * with {@code engagement_} or end with {@code channel}, so the profile puts them in the behavioural
 * category, apart from fit. The acquisition channel used for CAC (the earliest touch up to the
 * window's end) is kept as an intermediate column.
 */
final class Touches {
  static final String RELATION = "asm_touches";
  private static final String SOURCE = "touches";
  private static final List<Integer> DAYS = List.of(30, 90, 365);

  private Touches() {}

  static Part build(Engine engine, LinkedTable touches, AsOfWindow window) {
    String asOf = window.asOfSql();
    String before = window.traitSide("date");
    Selection selection = new Selection(SOURCE);
    for (int days : DAYS) {
      selection.add(
          "count(*) FILTER (WHERE " + before + " AND date >= " + asOf + " - " + days + ")",
          "engagement_touches_" + days + "d",
          "touches dated in the " + days + " days before as-of");
    }
    selection.add(
        "datediff('day', max(date) FILTER (WHERE " + before + "), " + asOf + ")",
        "engagement_recency_days",
        "days from the last touch before as-of to as-of");
    boolean channel = touches.has(SourceRole.CHANNEL);
    if (channel) {
      selection.add(
          "arg_min(channel, " + firstKey() + ") FILTER (WHERE " + before + ")",
          "first_touch_channel",
          "the channel of the earliest touch before as-of (ties: the channel first by name)");
      selection.internal("arg_min(channel, " + firstKey() + ")", "_acquisition_channel");
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + selection.sql()
            + " FROM "
            + touches.relation()
            + " WHERE account_key IS NOT NULL AND date IS NOT NULL AND "
            + window.toDate("date")
            + " GROUP BY account_key");
    Set<String> zero = Set.copyOf(DAYS.stream().map(d -> "engagement_touches_" + d + "d").toList());
    return new Part(RELATION, selection.columns(), zero, List.of());
  }

  private static String firstKey() {
    return "{'d': date, 'c': channel}";
  }
}
