package org.icpengine.data.cohort;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icpengine.core.cohort.CohortAggregates;
import org.icpengine.core.cohort.CohortEconomics;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.profile.ColumnProfile;

/**
 * Customer economics per cohort of one or more columns: the engine computes each cohort's
 * sufficient statistics in one grouped pass, and {@link CohortEconomics} turns them into figures
 * with confidence intervals and tests against the rest.
 */
public final class Cohorts {
  /** The label of the cohort of rows with no value. */
  public static final String MISSING = "(missing)";

  /** The most cohorts one report holds. */
  public static final int MAX_COHORTS = 500;

  private static final String BASE = "cohort_base";
  private static final String ACCOUNTS = "cohort_accounts";

  private Cohorts() {}

  /**
   * Computes the economics of the cohorts of the given columns under the ideal definition, which
   * must have been evaluated on the dataset.
   *
   * @throws InputException for unknown or empty columns, or too many cohorts
   */
  public static CohortReport compute(Dataset dataset, List<String> by, IdealDefinition ideal) {
    if (by.isEmpty()) {
      throw new InputException("--by needs at least one column: run icp profile FILE to see them");
    }
    List<CohortKeys> keys = by.stream().map(name -> CohortKeys.of(dataset, name)).toList();
    Map<OutcomeKind, String> outcomes = outcomes(dataset);
    createBase(dataset, keys, outcomes);
    CohortAggregates total = CohortAggregateQuery.total(dataset.engine(), ACCOUNTS);
    List<CohortAggregates> groups =
        CohortAggregateQuery.grouped(dataset.engine(), BASE, keys.size(), MAX_COHORTS);
    List<CohortFigures> figures = CohortEconomics.table(sort(groups, keys), total);
    List<String> notes = keys.stream().map(CohortKeys::note).filter(n -> !n.isEmpty()).toList();
    return new CohortReport(
        ideal,
        keys.stream().map(k -> k.column().name()).toList(),
        outcomes,
        CohortEconomics.figures(total, total),
        figures,
        notes);
  }

  /** The label of the ideal accounts' cohort in {@link #idealVsRest}. */
  public static final String IDEAL = "Ideal customers";

  /** The label of every other account's cohort in {@link #idealVsRest}. */
  public static final String REST = "All other customers";

  /**
   * Computes the economics of two cohorts, the ideal accounts ({@value #IDEAL}) and the rest
   * ({@value #REST}), under the ideal definition, which must have been evaluated on the dataset.
   * Each cohort's figures carry their intervals and a test against the other.
   */
  public static CohortReport idealVsRest(Dataset dataset, IdealDefinition ideal) {
    Map<OutcomeKind, String> outcomes = outcomes(dataset);
    createBase(dataset, List.of(), outcomes);
    String view = "cohort_ideal_rest";
    dataset
        .engine()
        .execute(
            "CREATE OR REPLACE VIEW "
                + view
                + " AS SELECT CASE WHEN ideal THEN '"
                + IDEAL
                + "' ELSE '"
                + REST
                + "' END AS k0, * FROM "
                + ACCOUNTS);
    CohortAggregates total = CohortAggregateQuery.total(dataset.engine(), ACCOUNTS);
    List<CohortAggregates> groups = CohortAggregateQuery.grouped(dataset.engine(), view, 1, 2);
    List<CohortAggregates> ordered =
        groups.stream().sorted(Comparator.comparing(g -> !g.label().equals(IDEAL))).toList();
    return new CohortReport(
        ideal,
        List.of("ideal"),
        outcomes,
        CohortEconomics.figures(total, total),
        CohortEconomics.table(ordered, total),
        List.of());
  }

  /** Returns the column used for each outcome figure: LTV (or revenue), NRR, CAC, churn, won. */
  public static Map<OutcomeKind, String> outcomes(Dataset dataset) {
    Map<OutcomeKind, String> outcomes = new EnumMap<>(OutcomeKind.class);
    Ideals.outcome(dataset, ValueType.NUMBER, OutcomeKind.LTV)
        .or(() -> Ideals.outcome(dataset, ValueType.NUMBER, OutcomeKind.REVENUE))
        .ifPresent(c -> outcomes.put(OutcomeKind.LTV, c.name()));
    put(outcomes, OutcomeKind.NRR, Ideals.outcome(dataset, ValueType.NUMBER, OutcomeKind.NRR));
    put(outcomes, OutcomeKind.CAC, Ideals.outcome(dataset, ValueType.NUMBER, OutcomeKind.CAC));
    put(
        outcomes,
        OutcomeKind.CHURNED,
        Ideals.outcome(dataset, ValueType.BOOLEAN, OutcomeKind.CHURNED));
    put(outcomes, OutcomeKind.WON, Ideals.outcome(dataset, ValueType.BOOLEAN, OutcomeKind.WON));
    return outcomes;
  }

  private static void put(
      Map<OutcomeKind, String> outcomes, OutcomeKind kind, Optional<ColumnProfile> column) {
    column.ifPresent(c -> outcomes.put(kind, c.name()));
  }

  private static void createBase(
      Dataset dataset, List<CohortKeys> keys, Map<OutcomeKind, String> outcomes) {
    String measures =
        measure(outcomes, OutcomeKind.LTV, "DOUBLE", "ltv")
            + ", "
            + measure(outcomes, OutcomeKind.NRR, "DOUBLE", "nrr")
            + ", "
            + measure(outcomes, OutcomeKind.CAC, "DOUBLE", "cac")
            + ", "
            + measure(outcomes, OutcomeKind.CHURNED, "BOOLEAN", "churned")
            + ", "
            + measure(outcomes, OutcomeKind.WON, "BOOLEAN", "won");
    String keyColumns = "";
    for (int i = 0; i < keys.size(); i++) {
      keyColumns += keys.get(i).sql() + " AS k" + i + ", ";
    }
    String row = quote(CleanedTable.ROW);
    var engine = dataset.engine();
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + ACCOUNTS
            + " AS SELECT "
            + keyColumns
            + "f.ideal, "
            + measures
            + " FROM "
            + Dataset.CLEAN
            + " c JOIN "
            + Ideals.FLAGS
            + " f ON c."
            + row
            + " = f."
            + row);
    String base = ACCOUNTS;
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).multiValued()) {
        base =
            "(SELECT * EXCLUDE (k" + i + "), unnest(k" + i + ") AS k" + i + " FROM " + base + ")";
      }
    }
    engine.execute("CREATE OR REPLACE VIEW " + BASE + " AS SELECT * FROM " + base);
  }

  private static String measure(
      Map<OutcomeKind, String> outcomes, OutcomeKind kind, String type, String alias) {
    String column = outcomes.get(kind);
    return (column == null ? "NULL::" + type : "c." + quote(column)) + " AS " + alias;
  }

  private static List<CohortAggregates> sort(List<CohortAggregates> groups, List<CohortKeys> keys) {
    if (keys.size() == 1 && !keys.get(0).order().isEmpty()) {
      List<String> order = keys.get(0).order();
      return groups.stream()
          .sorted(Comparator.comparingInt(g -> order.indexOf(g.label())))
          .collect(Collectors.toList());
    }
    return groups.stream()
        .sorted(
            Comparator.comparing((CohortAggregates g) -> g.label().contains(MISSING))
                .thenComparing(Comparator.comparingLong(CohortAggregates::accounts).reversed())
                .thenComparing(CohortAggregates::label))
        .collect(Collectors.toCollection(ArrayList::new));
  }
}
