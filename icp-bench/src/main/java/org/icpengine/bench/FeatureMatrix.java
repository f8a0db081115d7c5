package org.icpengine.bench;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.score.TrainingData;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.model.scoring.FitAttribute;

/**
 * The fit attributes as raw features for the challenger models, which need values rather than bins:
 * a number is its cleaned value (NaN when missing); a category is one indicator per level plus one
 * for any other value; a yes/no value and a set item are 0/1. A missing category, yes/no value or
 * set item is NaN in all its indicators. Rows are in {@code icp#row} order, as in {@link
 * TrainingData}.
 *
 * @param names one name per feature, never null
 * @param numeric whether each feature is a number (else a 0/1 indicator)
 * @param group the index of the fit attribute each feature comes from
 * @param values {@code values[feature][row]}
 */
record FeatureMatrix(List<String> names, boolean[] numeric, int[] group, double[][] values) {

  /** Returns the number of rows. */
  int rows() {
    return values.length == 0 ? 0 : values[0].length;
  }

  /** Returns the number of features. */
  int features() {
    return names.size();
  }

  /** Returns the given rows, in the given order. */
  FeatureMatrix rows(int[] rows) {
    double[][] picked = new double[values.length][rows.length];
    for (int f = 0; f < values.length; f++) {
      for (int i = 0; i < rows.length; i++) {
        picked[f][i] = values[f][rows[i]];
      }
    }
    return new FeatureMatrix(names, numeric, group, picked);
  }

  /** Returns the rows as one row-major array, NaN for missing, as XGBoost reads a dense matrix. */
  float[] rowMajor() {
    int n = rows();
    int k = features();
    float[] dense = new float[n * k];
    for (int f = 0; f < k; f++) {
      double[] column = values[f];
      for (int i = 0; i < n; i++) {
        dense[i * k + f] = (float) column[i];
      }
    }
    return dense;
  }

  /**
   * Builds the features of every row of the dataset.
   *
   * @param codes the attributes' bin codes of every row, from {@code FitRows.read}
   */
  static FeatureMatrix of(Dataset dataset, List<FitAttribute> attributes, TrainingData codes) {
    Map<String, double[]> numbers = numbers(dataset, attributes, codes.rows());
    List<String> names = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    List<Integer> group = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (int a = 0; a < attributes.size(); a++) {
      FitAttribute attribute = attributes.get(a);
      byte[] bins = codes.codes()[a];
      if (attribute.kind() == FitAttribute.Kind.NUMBER) {
        names.add(attribute.column());
        numeric.add(true);
        group.add(a);
        values.add(numbers.get(attribute.column()));
        continue;
      }
      // categories: bins 1..L are the levels, L+1 another value; yes/no and items: bin 1 is yes
      int first = 1;
      int last = attribute.kind() == FitAttribute.Kind.CATEGORY ? attribute.bins() - 1 : 1;
      for (int b = first; b <= last; b++) {
        names.add(attribute.label(b));
        numeric.add(false);
        group.add(a);
        values.add(indicator(bins, b));
      }
    }
    boolean[] isNumeric = new boolean[numeric.size()];
    for (int i = 0; i < isNumeric.length; i++) {
      isNumeric[i] = numeric.get(i);
    }
    return new FeatureMatrix(
        names,
        isNumeric,
        group.stream().mapToInt(Integer::intValue).toArray(),
        values.toArray(new double[0][]));
  }

  private static double[] indicator(byte[] bins, int bin) {
    double[] column = new double[bins.length];
    for (int i = 0; i < bins.length; i++) {
      int code = bins[i] & 0xFF;
      column[i] = code == 0 ? Double.NaN : code == bin ? 1 : 0;
    }
    return column;
  }

  /** Reads every number attribute's cleaned values in row order, NaN when missing or not finite. */
  private static Map<String, double[]> numbers(
      Dataset dataset, List<FitAttribute> attributes, int rows) {
    List<String> columns =
        attributes.stream()
            .filter(a -> a.kind() == FitAttribute.Kind.NUMBER)
            .map(FitAttribute::column)
            .distinct()
            .toList();
    Map<String, double[]> numbers = new LinkedHashMap<>();
    columns.forEach(c -> numbers.put(c, new double[rows]));
    if (columns.isEmpty()) {
      return numbers;
    }
    List<String> casts = columns.stream().map(c -> "CAST(" + quote(c) + " AS DOUBLE)").toList();
    double[][] target = numbers.values().toArray(new double[0][]);
    int[] position = {0};
    dataset
        .engine()
        .query(
            "SELECT "
                + String.join(", ", casts)
                + " FROM "
                + Dataset.CLEAN
                + " ORDER BY "
                + quote(CleanedTable.ROW),
            r -> {
              int i = position[0]++;
              for (int c = 0; c < target.length; c++) {
                double v = r.getDouble(c + 1);
                target[c][i] = r.wasNull() || !Double.isFinite(v) ? Double.NaN : v;
              }
              return null;
            });
    if (position[0] != rows) {
      throw new IllegalStateException(
          "the clean view has " + position[0] + " rows but the codes " + rows);
    }
    return numbers;
  }
}
