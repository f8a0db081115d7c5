package org.icpengine.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A table of {@link MessyValues} under headers spelled otherwise than a model's columns (Industry,
 * Country, Employees, Revenue, Tech, Public, Website, Notes, Visits, Newsletter): the rows the
 * scorers' equivalence tests score with the model {@code model.testing.ParityModels.everyKind()}.
 * Each runtime's test writes them in its own form (a CSV file, a Spark data frame).
 */
public final class MessyRows {
  private MessyRows() {}

  /** The headers: an account id first, then the model's columns spelled otherwise. */
  public static final List<String> HEADERS =
      List.of(
          "Account",
          "Industry",
          "Country",
          "EMPLOYEES",
          "Revenue",
          "tech",
          "Public",
          "Web-site",
          "Notes",
          "Visits",
          "News letter");

  private static final List<List<String>> VALUES =
      List.of(
          MessyValues.INDUSTRIES,
          MessyValues.COUNTRIES,
          MessyValues.NUMBERS,
          MessyValues.NUMBERS,
          MessyValues.TECH,
          MessyValues.BOOLEANS,
          MessyValues.DOMAINS,
          MessyValues.NOTES,
          MessyValues.NUMBERS,
          MessyValues.BOOLEANS);

  /**
   * Returns {@code count} rows of cells in the order of {@link #HEADERS}, the id {@code a0}, {@code
   * a1}, … first: row {@code r} holds the r-th value of each column's list while the list lasts,
   * then random ones drawn with {@code seed}; about one cell in ten, and every 97th row whole, is
   * empty ({@code null}).
   */
  public static List<List<String>> rows(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<String>> rows = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      String[] cells = new String[HEADERS.size()];
      cells[0] = "a" + r;
      for (int c = 0; c < VALUES.size(); c++) {
        List<String> column = VALUES.get(c);
        String value =
            r < column.size() ? column.get(r) : column.get(random.nextInt(column.size()));
        boolean empty = r % 97 == 96 || random.nextInt(10) == 0;
        cells[c + 1] = empty ? null : value;
      }
      rows.add(Collections.unmodifiableList(Arrays.asList(cells)));
    }
    return Collections.unmodifiableList(rows);
  }
}
