package org.icpengine.data.cohort;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.ColumnNames;
import org.icpengine.data.profile.ColumnProfile;

/**
 * The cohort key of one {@code --by} column: the SQL that gives each row its cohort label, and the
 * order of the labels when they have one (bands).
 *
 * @param column the column's profile
 * @param sql the SQL of the label (a list of labels, for multi-valued columns)
 * @param multiValued whether a row belongs to one cohort per item
 * @param order the labels in their natural order, or empty to order by size
 * @param note how the cohorts were formed, for the reader
 */
record CohortKeys(
    ColumnProfile column, String sql, boolean multiValued, List<String> order, String note) {
  private static final int QUANTILE_BINS = 5;
  private static final int FEW_NUMBERS = 8;

  static CohortKeys of(Dataset dataset, String name) {
    ColumnProfile column = find(dataset, name);
    String c = quote(column.name());
    String missing = literal(Cohorts.MISSING);
    switch (column.meaning().type()) {
      case NUMBER:
        return numeric(dataset, column);
      case SET:
        return new CohortKeys(
            column,
            "CASE WHEN len(" + c + ") > 0 THEN " + c + " ELSE [" + missing + "] END",
            true,
            List.of(),
            column.name() + " is multi-valued: an account is in the cohort of each of its items");
      case BOOLEAN:
        return new CohortKeys(
            column,
            "CASE WHEN "
                + c
                + " IS NULL THEN "
                + missing
                + " WHEN "
                + c
                + " THEN 'yes' ELSE 'no' END",
            false,
            List.of("yes", "no", Cohorts.MISSING),
            "");
      case DATE:
        return new CohortKeys(
            column,
            "coalesce(CAST(year(" + c + ") AS VARCHAR), " + missing + ")",
            false,
            List.of(),
            column.name() + " grouped by year");
      default:
        return new CohortKeys(
            column, "coalesce(CAST(" + c + " AS VARCHAR), " + missing + ")", false, List.of(), "");
    }
  }

  private static ColumnProfile find(Dataset dataset, String name) {
    Optional<ColumnProfile> column =
        dataset
            .column(name)
            .or(
                () ->
                    dataset.profile().columns().stream()
                        .filter(c -> c.name().equalsIgnoreCase(name))
                        .findFirst());
    if (column.isEmpty()) {
      throw new InputException(
          "--by names column '"
              + name
              + "', which the file does not have"
              + ColumnNames.suggestion(name, dataset.columns())
              + ": run icp profile FILE to see the columns");
    }
    if (column.get().missing() == column.get().rows()) {
      throw new InputException(
          "--by column '"
              + column.get().name()
              + "' has no values in any"
              + " row: choose another column");
    }
    return column.get();
  }

  private static CohortKeys numeric(Dataset dataset, ColumnProfile column) {
    String c = quote(column.name());
    Optional<Bands> business = Bands.forHeader(column.name());
    if (business.isPresent()) {
      return banded(column, business.get(), column.name() + " in business bands");
    }
    List<Double> distinct =
        dataset
            .engine()
            .query(
                "SELECT DISTINCT "
                    + c
                    + " AS v FROM "
                    + Dataset.CLEAN
                    + " WHERE v IS NOT NULL ORDER BY v LIMIT "
                    + (FEW_NUMBERS + 1),
                r -> r.getDouble(1));
    if (distinct.size() <= FEW_NUMBERS) {
      List<String> labels = new ArrayList<>();
      StringBuilder sql = new StringBuilder("CASE");
      for (double value : distinct) {
        labels.add(Bands.compact(value));
        sql.append(" WHEN ")
            .append(c)
            .append(" = ")
            .append(value)
            .append(" THEN ")
            .append(literal(Bands.compact(value)));
      }
      labels.add(Cohorts.MISSING);
      sql.append(" ELSE ").append(literal(Cohorts.MISSING)).append(" END");
      return new CohortKeys(column, sql.toString(), false, labels, "");
    }
    Bands quintiles = Bands.quintiles(dataset, column.name());
    return banded(column, quintiles, column.name() + " in " + QUANTILE_BINS + " quantile bins");
  }

  private static CohortKeys banded(ColumnProfile column, Bands bands, String note) {
    List<String> order = new ArrayList<>(bands.labels());
    order.add(Cohorts.MISSING);
    return new CohortKeys(column, bands.sql(quote(column.name())), false, order, note);
  }
}
