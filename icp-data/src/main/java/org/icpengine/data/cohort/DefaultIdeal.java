package org.icpengine.data.cohort;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.profile.ColumnProfile;

/**
 * The default ideal when there is no won/converted column: the top quartile of LTV (or revenue)
 * among accounts that did not churn, with LTV:CAC of at least 3 when CAC is known.
 */
final class DefaultIdeal {
  /** A common healthy-segment benchmark for LTV:CAC. */
  static final double MIN_LTV_TO_CAC = 3.0;

  private DefaultIdeal() {}

  static IdealDefinition topQuartile(
      Dataset dataset,
      ColumnProfile value,
      Optional<ColumnProfile> churned,
      Optional<ColumnProfile> cac) {
    String v = quote(value.name());
    List<String> read = new ArrayList<>(List.of(value.name()));
    String retained = null;
    StringBuilder words = new StringBuilder("top quartile of " + value.name());
    if (churned.isPresent()) {
      retained = "NOT coalesce(" + quote(churned.get().name()) + ", false)";
      read.add(churned.get().name());
      words.append(" among accounts that did not churn (").append(churned.get().name()).append(')');
    }
    String sql =
        retained == null
            ? v + " >= quantile_cont(" + v + ", 0.75) OVER ()"
            : v
                + " >= quantile_cont("
                + v
                + ", 0.75) FILTER (WHERE "
                + retained
                + ") OVER () AND "
                + retained;
    if (cac.isPresent()) {
      String c = quote(cac.get().name());
      sql += " AND " + v + " / nullif(" + c + ", 0) >= " + MIN_LTV_TO_CAC;
      read.add(cac.get().name());
      words
          .append(", with ")
          .append(value.name())
          .append(':')
          .append(cac.get().name())
          .append(" ≥ 3");
    }
    words.append(" (default: no won/converted column)");
    return Ideals.run(dataset, sql, words.toString(), true, read);
  }
}
