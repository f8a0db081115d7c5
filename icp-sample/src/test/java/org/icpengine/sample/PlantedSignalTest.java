package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlantedSignalTest {
  @TempDir Path dir;

  private CustomersFile customers(long seed, int count) throws IOException {
    SampleCompany company =
        SampleCompany.builder().seed(seed).customers(count).deals(0).prospects(0).build();
    return CustomersFile.read(company.write(dir).customers());
  }

  private static Predicate<List<String>> industry(CustomersFile file, String key) {
    return row -> CustomersFile.key(file.value(row, "Industry")).equals(key);
  }

  @ParameterizedTest
  @ValueSource(longs = {42, 7, 2024})
  void plantedIndustries_haveAtLeast1point6TimesTheIdealRate(long seed) throws IOException {
    CustomersFile file = customers(seed, 4_000);

    assertThat(file.idealRate()).isBetween(0.1, 0.3);
    assertThat(file.idealRate(industry(file, "fintech")) / file.idealRate()).isGreaterThan(1.6);
    assertThat(file.idealRate(industry(file, "healthtech")) / file.idealRate()).isGreaterThan(1.6);
  }

  @ParameterizedTest
  @ValueSource(longs = {42, 7, 2024})
  void disqualifiedIndustry_hasUnderHalfTheIdealRate(long seed) throws IOException {
    CustomersFile file = customers(seed, 4_000);

    assertThat(file.idealRate(industry(file, "education")) / file.idealRate()).isLessThan(0.5);
  }

  @ParameterizedTest
  @ValueSource(ints = {4_000, 500})
  void noiseColumns_haveLiftsWithin0point8And1point25(int count) throws IOException {
    CustomersFile file = customers(42, count);

    for (String column : PlantedIcp.NOISE_COLUMNS) {
      List<String> levels =
          file.rows.stream().map(row -> file.value(row, column)).distinct().toList();
      assertThat(levels).as(column).hasSizeGreaterThanOrEqualTo(5);
      for (String level : levels) {
        assertThat(file.lift(column, level)).as(column + " = " + level).isBetween(0.8, 1.25);
      }
    }
  }

  @Test
  void plantedFits_haveBetterEconomicsThanEveryoneElse() {
    List<Customer> all = SampleCompany.builder().build().customers();
    Predicate<Customer> fit = c -> c.account().plantedFit();

    assertThat(median(all, fit, c -> c.economics().ltv()))
        .isGreaterThan(3 * median(all, fit.negate(), c -> c.economics().ltv()));
    assertThat(median(all, fit, c -> c.economics().nrr()))
        .isGreaterThan(median(all, fit.negate(), c -> c.economics().nrr()) + 15);
    assertThat(median(all, fit, c -> c.economics().cac()))
        .isLessThan(0.75 * median(all, fit.negate(), c -> c.economics().cac()));
    assertThat(churnRate(all, fit)).isLessThan(churnRate(all, fit.negate()) / 3);
  }

  @Test
  void eachTraitAlone_helpsModeratelyOverNone() {
    List<Customer> all = SampleCompany.builder().build().customers();
    Predicate<Customer> none = c -> c.account().traits() == 0 && !c.account().disqualified();
    List<Predicate<Customer>> alone =
        List.of(
            c -> c.account().traits() == 1 && c.account().industryFit(),
            c -> c.account().traits() == 1 && c.account().sizeFit() && !c.account().disqualified(),
            c ->
                c.account().traits() == 1
                    && c.account().usesTechnology()
                    && !c.account().disqualified());
    double noneLtv = median(all, none, c -> c.economics().ltv());
    for (Predicate<Customer> trait : alone) {
      double ltv = median(all, trait, c -> c.economics().ltv());
      assertThat(ltv).isBetween(1.2 * noneLtv, 2.5 * noneLtv);
      assertThat(churnRate(all, trait)).isLessThan(churnRate(all, none));
    }
  }

  @Test
  void customerEconomics_lookRealistic() {
    List<Customer> all = SampleCompany.builder().build().customers();

    assertThat(median(all, c -> true, c -> c.economics().ltv())).isBetween(12_000.0, 18_000.0);
    assertThat(all).allSatisfy(c -> assertThat(c.economics().cac()).isBetween(2_000L, 20_000L));
    assertThat(churnRate(all, c -> true)).isBetween(0.1, 0.3);
    assertThat(all)
        .allSatisfy(
            c ->
                assertThat(c.lifecycle().lastActivity())
                    .isGreaterThanOrEqualTo(c.lifecycle().customerSince()));
  }

  @Test
  void deals_winMoreOftenForPlantedTraitsAndRarelyForEducation() throws IOException {
    SampleFiles files = SampleCompany.builder().customers(0).prospects(0).build().write(dir);
    List<List<String>> rows = RfcCsv.read(files.deals());
    List<List<String>> deals = rows.subList(1, rows.size());
    Predicate<List<String>> snowflakeFintech =
        row ->
            List.of("fintech", "healthtech").contains(CustomersFile.key(row.get(4)))
                && row.get(8).toLowerCase(Locale.ROOT).contains("snowflake");
    double overall = wonRate(deals, row -> true);

    assertThat(overall).isBetween(0.12, 0.25);
    assertThat(wonRate(deals, snowflakeFintech)).isGreaterThan(1.6 * overall);
    assertThat(wonRate(deals, row -> CustomersFile.key(row.get(4)).equals("education")))
        .isLessThan(0.1);
    assertThat(deals)
        .allSatisfy(
            row ->
                assertThat(row.get(13))
                    .isEqualTo(row.get(14).equals("true") ? "Closed Won" : "Closed Lost"));
  }

  @Test
  void prospects_areAboutFifteenPercentPlantedFits() throws IOException {
    SampleFiles files = SampleCompany.builder().customers(0).deals(0).build().write(dir);
    List<List<String>> rows = RfcCsv.read(files.prospects());
    int known = 0;
    int fits = 0;
    for (List<String> row : rows.subList(1, rows.size())) {
      Integer employees = exactEmployees(row.get(5));
      if (employees != null) {
        known++;
        boolean fit =
            PlantedIcp.isFit(canonicalIndustry(row.get(3)), employees, technologies(row.get(7)));
        fits += fit ? 1 : 0;
      }
    }
    assertThat(known).isGreaterThan(12_000);
    assertThat((double) fits / known).isBetween(0.12, 0.18);
  }

  private static String canonicalIndustry(String raw) {
    String key = CustomersFile.key(raw);
    return key.equals("fintech") ? "Fintech" : key.equals("healthtech") ? "Healthtech" : raw;
  }

  private static List<String> technologies(String raw) {
    return raw.toLowerCase(Locale.ROOT).contains("snowflake") ? List.of("Snowflake") : List.of();
  }

  /** Parses "907", "1,200", "907 employees" and "1.2k"; bands and blanks give null. */
  private static Integer exactEmployees(String raw) {
    String text = raw.replace(",", "").replace(" employees", "");
    if (text.matches("\\d+")) {
      return Integer.valueOf(text);
    }
    if (text.matches("\\d+(\\.\\d)?k")) {
      return (int) Math.round(Double.parseDouble(text.replace("k", "")) * 1000);
    }
    return null;
  }

  private static double wonRate(List<List<String>> deals, Predicate<List<String>> group) {
    return deals.stream()
        .filter(group)
        .mapToDouble(row -> row.get(14).equals("true") ? 1 : 0)
        .average()
        .orElseThrow();
  }

  private static double median(
      List<Customer> all, Predicate<Customer> group, ToDoubleFunction<Customer> value) {
    double[] values = all.stream().filter(group).mapToDouble(value).sorted().toArray();
    return values[values.length / 2];
  }

  private static double churnRate(List<Customer> all, Predicate<Customer> group) {
    return all.stream()
        .filter(group)
        .mapToDouble(c -> c.economics().churned() ? 1 : 0)
        .average()
        .orElseThrow();
  }
}
