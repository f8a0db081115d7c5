package org.icpengine.data.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default ideal checked both ways against a plain-Java computation of its rule: every account
 * in the top quartile of LTV among the retained, with LTV:CAC ≥ 3, is flagged, and no other.
 */
class DefaultIdealTest {
  @TempDir Path dir;

  private record Account(String id, Double ltv, Double cac, Boolean churned) {}

  @Test
  void topQuartileAmongRetainedWithLtvToCacOfThree_flagsExactlyTheQualifyingAccounts() {
    List<Account> accounts = generate(new Random(7L), 900);
    Set<String> expected = qualifying(accounts);
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, write(accounts));

      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());

      assertThat(ideal.isDefault()).isTrue();
      assertThat(flagged(engine)).isEqualTo(expected);
      assertThat(expected).hasSizeBetween(100, 260);
    }
  }

  private static List<Account> generate(Random random, int n) {
    List<Account> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double ltv = Math.round(Math.exp(9 + random.nextGaussian()) * 100) / 100.0;
      double cac = Math.round(Math.exp(8 + 0.8 * random.nextGaussian()) * 100) / 100.0;
      out.add(
          new Account(
              String.format(Locale.ROOT, "A%04d", i),
              random.nextDouble() < 0.04 ? null : ltv,
              random.nextDouble() < 0.05 ? null : random.nextDouble() < 0.02 ? 0.0 : cac,
              random.nextDouble() < 0.05 ? null : random.nextDouble() < 0.25));
    }
    return out;
  }

  /** The rule, computed directly: the quantile interpolates linearly between order statistics. */
  private static Set<String> qualifying(List<Account> accounts) {
    double[] retained =
        accounts.stream()
            .filter(a -> a.ltv() != null && !Boolean.TRUE.equals(a.churned()))
            .mapToDouble(Account::ltv)
            .sorted()
            .toArray();
    double h = (retained.length - 1) * 0.75;
    int lo = (int) Math.floor(h);
    double q =
        retained[lo] + (h - lo) * (retained[Math.min(lo + 1, retained.length - 1)] - retained[lo]);
    Set<String> out = new TreeSet<>();
    for (Account a : accounts) {
      boolean isRetained = !Boolean.TRUE.equals(a.churned());
      boolean ratio = a.ltv() != null && a.cac() != null && a.cac() != 0 && a.ltv() / a.cac() >= 3;
      if (isRetained && a.ltv() != null && a.ltv() >= q && ratio) {
        out.add(a.id());
      }
    }
    return out;
  }

  private Path write(List<Account> accounts) {
    List<String> lines = new ArrayList<>(List.of("Account ID,LTV,CAC,Churned"));
    for (Account a : accounts) {
      lines.add(
          a.id()
              + ","
              + (a.ltv() == null ? "" : String.format(Locale.ROOT, "%.2f", a.ltv()))
              + ","
              + (a.cac() == null ? "" : String.format(Locale.ROOT, "%.2f", a.cac()))
              + ","
              + (a.churned() == null ? "" : a.churned() ? "yes" : "no"));
    }
    return Fixtures.lines(dir, "accounts.csv", lines);
  }

  private static Set<String> flagged(Engine engine) {
    String row = Engine.quote(CleanedTable.ROW);
    return new TreeSet<>(
        engine.query(
            "SELECT c.\"Account ID\" FROM "
                + Dataset.CLEAN
                + " c JOIN "
                + Ideals.FLAGS
                + " f ON c."
                + row
                + " = f."
                + row
                + " WHERE f.ideal",
            r -> r.getString(1)));
  }
}
