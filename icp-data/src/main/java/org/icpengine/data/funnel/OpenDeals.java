package org.icpengine.data.funnel;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.data.engine.Engine;

/**
 * The open opportunities in the order sales should work them: highest priority first (fit and
 * engagement in one ranking, when the model has one), then highest fit score, then largest amount;
 * the first {@value #LISTED} listed, every one counted.
 */
final class OpenDeals {
  /** The most open deals listed. */
  static final int LISTED = 100;

  private static final String ORDER =
      " ORDER BY priority DESC NULLS LAST, score DESC NULLS LAST, amount DESC NULLS LAST, orow";

  private OpenDeals() {}

  /** Returns the first {@value #LISTED} open deals in working order. */
  static List<OpenDeal> list(Engine engine) {
    return engine.query(
        "SELECT coalesce(opportunity_id, 'row ' || orow), account_key, stage, amount,"
            + " created_date, channel, tier, score, grade, priority, reasons, priority_reasons"
            + " FROM "
            + GroupFigures.TABLE
            + " WHERE outcome = 'open'"
            + ORDER
            + " LIMIT "
            + LISTED,
        OpenDeals::deal);
  }

  /** Returns how many open deals there are. */
  static long total(Engine engine) {
    return engine.queryOne(
        "SELECT count(*) FROM " + GroupFigures.TABLE + " WHERE outcome = 'open'",
        r -> r.getLong(1));
  }

  private static OpenDeal deal(ResultSet r) throws SQLException {
    return new OpenDeal(
        r.getString(1),
        r.getString(2),
        r.getString(3) == null ? "" : r.getString(3),
        number(r, 4).orElse(Double.NaN),
        Optional.ofNullable(r.getDate(5)).map(Date::toLocalDate),
        Optional.ofNullable(r.getString(6)),
        r.getString(7),
        number(r, 8),
        Optional.ofNullable(r.getString(9)),
        number(r, 10),
        r.getString(11),
        Optional.ofNullable(r.getString(12)));
  }

  private static OptionalDouble number(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
