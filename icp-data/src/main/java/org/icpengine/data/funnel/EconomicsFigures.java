package org.icpengine.data.funnel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Medians;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Ratios;
import org.icpengine.data.engine.Engine;

/**
 * CAC, LTV:CAC and payback of each cell's won accounts, read from the account table ({@code
 * data.assembly}: spend of each channel allocated evenly among the accounts it acquired in the
 * window, docs/economics.md). An account counts once per cell, whatever its number of won deals.
 */
final class EconomicsFigures {
  private static final String CELLS = "fnl_economics";

  private EconomicsFigures() {}

  private record Row(long id, List<String> values, long accounts, Moments cac, Moments ltv) {}

  /**
   * Returns each cell's economics of a cut, keyed by its dimension values; {@code accounts} is the
   * account table with {@code cac}, {@code ltv} and {@code payback_months}.
   */
  static Map<List<String>, TierEconomics> compute(
      Engine engine, List<FunnelDimension> cut, String accounts, boolean payback) {
    Row total = rows(engine, List.of(), accounts, payback).get(0);
    Map<List<String>, TierEconomics> out = new HashMap<>();
    for (Row row : rows(engine, cut, accounts, payback)) {
      Moments restCac = total.cac().minus(row.cac());
      Moments restLtv = total.ltv().minus(row.ltv());
      double[] median =
          payback ? payback(engine, row) : new double[] {Double.NaN, Double.NaN, Double.NaN};
      out.put(
          row.values(),
          new TierEconomics(
              row.accounts(),
              row.cac().count(),
              Rates.mean(row.cac(), restCac),
              Ratios.ofMeans(row.ltv(), row.cac(), restLtv, restCac),
              Rates.median(median[0], new Interval(median[1], median[2]))));
    }
    engine.execute("DROP TABLE IF EXISTS " + CELLS);
    return out;
  }

  private static List<Row> rows(
      Engine engine, List<FunnelDimension> cut, String accounts, boolean payback) {
    List<String> names = cut.stream().map(FunnelDimension::word).toList();
    String dims = names.isEmpty() ? "" : String.join(", ", names) + ", ";
    String with = " FILTER (WHERE cac IS NOT NULL AND ltv IS NOT NULL)";
    List<String> select = new ArrayList<>();
    select.add("count(DISTINCT account_key) AS accounts");
    select.add("count(cac)" + with);
    select.add("coalesce(sum(cac)" + with + ", 0)");
    select.add("coalesce(sum(cac * cac)" + with + ", 0)");
    select.add("coalesce(sum(ltv)" + with + ", 0)");
    select.add("coalesce(sum(ltv * ltv)" + with + ", 0)");
    if (payback) {
      select.add("median(payback_months) FILTER (WHERE payback_months IS NOT NULL) AS pm");
      select.add("list_sort(list(payback_months) FILTER (WHERE payback_months IS NOT NULL)) AS ps");
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + CELLS
            + " AS SELECT row_number() OVER () AS cid, * FROM (SELECT "
            + dims
            + String.join(", ", select)
            + " FROM (SELECT DISTINCT "
            + dims
            + "account_key FROM "
            + GroupFigures.TABLE
            + " WHERE outcome = 'won') w LEFT JOIN (SELECT account_key, TRY_CAST(cac AS DOUBLE) AS"
            + " cac, TRY_CAST(ltv AS DOUBLE) AS ltv"
            + (payback ? ", TRY_CAST(payback_months AS DOUBLE) AS payback_months" : "")
            + " FROM "
            + accounts
            + ") a USING (account_key)"
            + (names.isEmpty() ? "" : " GROUP BY ALL")
            + ")");
    return engine.query(
        "SELECT cid, "
            + dims
            + "* EXCLUDE (cid"
            + (names.isEmpty() ? "" : ", " + String.join(", ", names))
            + (payback ? ", pm, ps" : "")
            + ") FROM "
            + CELLS
            + " ORDER BY cid",
        r -> {
          List<String> values = new ArrayList<>();
          int c = 2;
          for (int i = 0; i < names.size(); i++) {
            values.add(r.getString(c++));
          }
          long n = r.getLong(c++);
          long k = r.getLong(c++);
          Moments cac = new Moments(k, r.getDouble(c), r.getDouble(c + 1));
          Moments ltv = new Moments(k, r.getDouble(c + 2), r.getDouble(c + 3));
          return new Row(r.getLong(1), values, n, cac, ltv);
        });
  }

  private static double[] payback(Engine engine, Row row) {
    long n =
        engine.queryOne(
            "SELECT len(ps) FROM " + CELLS + " WHERE cid = " + row.id(), r -> r.getLong(1));
    Interval ranks = Medians.orderStatisticRanks(n);
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    return engine.queryOne(
        "SELECT pm, ps["
            + (long) ranks.low()
            + "], ps["
            + (long) ranks.high()
            + "] FROM "
            + CELLS
            + " WHERE cid = "
            + row.id(),
        r -> new double[] {r.getDouble(1), r.getDouble(2), r.getDouble(3)});
  }
}
