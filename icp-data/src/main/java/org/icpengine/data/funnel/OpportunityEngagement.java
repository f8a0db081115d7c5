package org.icpengine.data.funnel;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceRole;

/**
 * The engagement features of each opportunity as of its creation, by the account table's rules
 * (docs/economics.md, "Engagement") with the opportunity's created date in place of as-of: touches
 * of its account dated in the 30, 90 and 365 days before it, days since the last touch before it,
 * and the channel of the earliest touch before it. Opportunities without a created date get none.
 */
final class OpportunityEngagement {
  static final String TABLE = "fnl_engagement";
  private static final List<Integer> DAYS = List.of(30, 90, 365);

  private OpportunityEngagement() {}

  /** Builds {@link #TABLE}, keyed by {@code orow}, and returns its feature columns. */
  static List<String> build(Engine engine, LinkedTable touches) {
    List<String> columns = new ArrayList<>();
    List<String> select = new ArrayList<>();
    for (int days : DAYS) {
      String name = "engagement_touches_" + days + "d";
      columns.add(name);
      select.add(
          "CASE WHEN o.created_date IS NOT NULL THEN count(t.date) FILTER (WHERE t.date >="
              + " o.created_date - "
              + days
              + ") END AS "
              + name);
    }
    columns.add("engagement_recency_days");
    select.add("datediff('day', max(t.date), o.created_date) AS engagement_recency_days");
    if (touches.has(SourceRole.CHANNEL)) {
      columns.add("first_touch_channel");
      select.add("arg_min(t.channel, {'d': t.date, 'c': t.channel}) AS first_touch_channel");
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + TABLE
            + " AS SELECT o.orow, "
            + String.join(", ", select)
            + " FROM "
            + OpportunityScores.OPPORTUNITIES
            + " o LEFT JOIN "
            + touches.relation()
            + " t ON t.account_key = o.account_key AND t.date < o.created_date"
            + " GROUP BY o.orow, o.created_date");
    return columns;
  }
}
