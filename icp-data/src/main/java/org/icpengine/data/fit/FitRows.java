package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.score.TrainingData;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.model.scoring.FitAttribute;

/** Reads a dataset's rows as bin codes of the attributes, with the ideal flag, in row order. */
public final class FitRows {
  private FitRows() {}

  /** Returns the SQL selecting {@code icp#row} and every attribute's bin from a clean relation. */
  static String codesSelect(List<FitAttribute> attributes, String relation) {
    StringBuilder inner = new StringBuilder("SELECT *");
    List<String> added = new ArrayList<>();
    for (FitAttribute attribute : attributes) {
      if (!attribute.keySql().isEmpty() && !added.contains(attribute.keyColumn())) {
        inner
            .append(", ")
            .append(attribute.keySql())
            .append(" AS ")
            .append(quote(attribute.keyColumn()));
        added.add(attribute.keyColumn());
      }
    }
    inner.append(" FROM ").append(relation);
    StringBuilder outer = new StringBuilder("SELECT " + quote(CleanedTable.ROW));
    for (int i = 0; i < attributes.size(); i++) {
      outer.append(", CAST(").append(attributes.get(i).codeSql()).append(" AS UTINYINT) AS ");
      outer.append(quote("icp#code#" + i));
    }
    return outer.append(" FROM (").append(inner).append(")").toString();
  }

  /** Reads the codes and ideal flags of every row. */
  public static TrainingData read(Dataset dataset, List<FitAttribute> attributes) {
    return read(dataset, attributes, Integer.MAX_VALUE, 0);
  }

  /**
   * Reads the codes and ideal flags of every row, or of a seeded sample of {@code maxRows} rows (in
   * row order) when the dataset has more; equal seeds pick equal rows.
   */
  public static TrainingData read(
      Dataset dataset, List<FitAttribute> attributes, int maxRows, long seed) {
    dataset.engine().execute(FitAttribute.KEY_MACRO);
    int rows = (int) Math.min(dataset.rows(), maxRows);
    String sample =
        dataset.rows() <= maxRows
            ? ""
            : " WHERE "
                + quote(CleanedTable.ROW)
                + " IN (SELECT "
                + quote(CleanedTable.ROW)
                + " FROM "
                + Ideals.FLAGS
                + " ORDER BY hash("
                + quote(CleanedTable.ROW)
                + ", "
                + seed
                + ") LIMIT "
                + maxRows
                + ")";
    int features = attributes.size();
    byte[][] codes = new byte[features][rows];
    boolean[] labels = new boolean[rows];
    int[] position = {0};
    String row = quote(CleanedTable.ROW);
    dataset
        .engine()
        .query(
            "SELECT c.*, f.ideal FROM ("
                + codesSelect(attributes, Dataset.CLEAN)
                + ") c JOIN "
                + Ideals.FLAGS
                + " f USING ("
                + row
                + ")"
                + sample
                + " ORDER BY "
                + row,
            r -> {
              int i = position[0]++;
              for (int f = 0; f < features; f++) {
                codes[f][i] = (byte) r.getInt(f + 2);
              }
              labels[i] = r.getBoolean(features + 2);
              return null;
            });
    if (position[0] != rows) {
      throw new IllegalStateException("read " + position[0] + " rows of " + rows);
    }
    List<String> names = attributes.stream().map(FitAttribute::name).toList();
    int[] bins = attributes.stream().mapToInt(FitAttribute::bins).toArray();
    return new TrainingData(names, bins, codes, labels);
  }

  /** Returns whether each attribute's bins are ordered. */
  public static boolean[] ordered(List<FitAttribute> attributes) {
    boolean[] ordered = new boolean[attributes.size()];
    for (int i = 0; i < ordered.length; i++) {
      ordered[i] = attributes.get(i).ordered();
    }
    return ordered;
  }
}
