package org.icpengine.data.assembly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.data.profile.ColumnOverride;
import org.icpengine.data.profile.Mapping;

/** What each computed column means to the profile: outcome kind or attribute category. */
final class AssemblyMeanings {
  private static final Map<String, OutcomeKind> OUTCOMES = outcomes();
  private static final Pattern JOB =
      Pattern.compile(
          "(?i)\\b(use case|usecase|job|jtbd|goal|need|objective|purpose|reason|looking for|want|"
              + "outcome|hire|hired)");

  private AssemblyMeanings() {}

  static Mapping mapping(List<ComputedColumn> computed) {
    Map<String, ColumnOverride> columns = new LinkedHashMap<>();
    for (ComputedColumn column : computed) {
      columns.put(column.name(), meaning(column));
    }
    return new Mapping(columns);
  }

  private static ColumnOverride meaning(ComputedColumn column) {
    if (column.sources().equals(List.of("touches"))) {
      return attribute(AttributeCategory.BEHAVIOURAL);
    }
    if (column.sources().equals(List.of("survey"))) {
      boolean job = JOB.matcher(column.name().replace('_', ' ')).find();
      return attribute(job ? AttributeCategory.JOB_TO_BE_DONE : AttributeCategory.PSYCHOGRAPHIC);
    }
    OutcomeKind kind = OUTCOMES.getOrDefault(column.name(), OutcomeKind.OTHER);
    return new ColumnOverride(
        Optional.of(ColumnRole.OUTCOME),
        Optional.empty(),
        Optional.of(kind),
        Optional.empty(),
        Optional.of(false));
  }

  private static ColumnOverride attribute(AttributeCategory category) {
    return new ColumnOverride(
        Optional.of(ColumnRole.ATTRIBUTE),
        Optional.of(category),
        Optional.empty(),
        Optional.empty(),
        Optional.of(false));
  }

  private static Map<String, OutcomeKind> outcomes() {
    Map<String, OutcomeKind> kinds = new LinkedHashMap<>();
    kinds.put("ltv", OutcomeKind.LTV);
    kinds.put("nrr_12m", OutcomeKind.NRR);
    kinds.put("cac", OutcomeKind.CAC);
    kinds.put("churned", OutcomeKind.CHURNED);
    for (String revenue :
        List.of("revenue_to_date", "revenue_window", "revenue_won", "mrr", "arr", "ltv_realised")) {
      kinds.put(revenue, OutcomeKind.REVENUE);
    }
    kinds.put("deal_size_avg", OutcomeKind.DEAL_VALUE);
    for (String date :
        List.of(
            "first_won_date",
            "customer_since",
            "churn_date",
            "first_order_date",
            "last_order_date")) {
      kinds.put(date, OutcomeKind.DATE);
    }
    return Map.copyOf(kinds);
  }
}
