package org.icpengine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** customers.csv parsed back with simple test-local cleaning, and the ideal label per row. */
final class CustomersFile {
  private static final Set<String> YES = Set.of("yes", "true", "y", "1");

  final List<String> header;
  final List<List<String>> rows;
  final boolean[] ideal;

  private CustomersFile(List<List<String>> table) {
    header = table.get(0);
    rows = table.subList(1, table.size());
    ideal = idealLabels();
  }

  static CustomersFile read(Path file) throws IOException {
    return new CustomersFile(RfcCsv.read(file));
  }

  String value(List<String> row, String column) {
    return row.get(header.indexOf(column));
  }

  /** Lower-cases and drops all but letters: "e-Commerce " and "E Commerce" become "ecommerce". */
  static String key(String raw) {
    return raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  static double money(String raw) {
    return Double.parseDouble(raw.replace("$", "").replace(",", ""));
  }

  boolean churned(List<String> row) {
    return YES.contains(value(row, "Churned").toLowerCase(Locale.ROOT));
  }

  double idealRate() {
    return idealRate(row -> true);
  }

  double idealRate(Predicate<List<String>> group) {
    int members = 0;
    int ideals = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (group.test(rows.get(i))) {
        members++;
        ideals += ideal[i] ? 1 : 0;
      }
    }
    return (double) ideals / members;
  }

  double lift(String column, String level) {
    return idealRate(row -> value(row, column).equals(level)) / idealRate();
  }

  private boolean[] idealLabels() {
    List<Double> retained = new ArrayList<>();
    for (List<String> row : rows) {
      if (!churned(row)) {
        retained.add(money(value(row, "LTV")));
      }
    }
    retained.sort(null);
    double threshold = retained.get((int) Math.ceil(0.75 * retained.size()) - 1);
    boolean[] labels = new boolean[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      List<String> row = rows.get(i);
      double ltv = money(value(row, "LTV"));
      double cac = money(value(row, "CAC"));
      labels[i] = !churned(row) && ltv >= threshold && ltv / cac >= 3;
    }
    return labels;
  }
}
