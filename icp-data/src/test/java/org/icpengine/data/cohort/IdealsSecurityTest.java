package org.icpengine.data.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdealsSecurityTest {
  private static final String SECRET = "TOP-SECRET-CUSTOMER";

  @TempDir static Path otherWorkspace;
  private static Engine engine;
  private static Dataset dataset;

  @BeforeAll
  static void openFixture() {
    Fixtures.write(otherWorkspace, "customers.csv", "Name\n" + SECRET + "\n");
    engine = Fixtures.engine();
    dataset =
        Fixtures.open(
            engine, Fixtures.resource(IdealsSecurityTest.class, "accounts-economics-small.csv"));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  private static List<String> attacks() {
    String other = otherWorkspace.toString().replace("'", "''");
    return List.of(
        "CAST((SELECT substr(#2,1,600) FROM read_text('/etc/passwd')) AS INTEGER) > 0",
        "CAST((SELECT substr(content,1,600) FROM read_text('/etc/passwd')) AS INTEGER) > 0",
        "CAST((SELECT string_agg(content) FROM read_text('" + other + "/*')) AS INTEGER) > 0",
        "CAST(read_text('" + other + "/customers.csv') AS INTEGER) > 0",
        "(SELECT count(*) FROM glob('/*')) > 0",
        "CAST((SELECT content FROM read_text('/proc/self/environ')) AS INTEGER) > 0",
        "(SELECT count(*) FROM duckdb_settings()) > 0",
        "#2 > 0",
        "ltv > 0; COPY (SELECT 1) TO '/tmp/x.csv'",
        "range(10000000000000) IS NULL");
  }

  @Test
  void evaluate_refusesEveryFileReadingAttackInOneLineWithoutQuotingAnything() {
    for (String attack : attacks()) {
      assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of(attack)))
          .as(attack)
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith("invalid --ideal: ")
          .satisfies(
              e ->
                  assertThat(e.getMessage())
                      .doesNotContain(
                          "\n",
                          "root:",
                          "/etc",
                          "/proc",
                          "passwd",
                          SECRET,
                          otherWorkspace.toString()));
    }
  }

  @Test
  void evaluate_neverQuotesADataValueWhenTheEngineRefusesAnAllowedExpression() {
    assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of("CAST(plan AS INTEGER) > 0")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid --ideal: ")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("\n", "Enterprise", "Basic", "Pro'", "[in:"));
  }

  @Test
  void evaluate_neverQuotesANumberOfTheFileWhenACastOverflows() {
    assertThatThrownBy(
            () -> Ideals.evaluate(dataset, Optional.of("CAST(ltv * 1e12 AS INTEGER) > 0")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid --ideal: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\d\\.\\d|\\d{4}"));
  }

  @Test
  void evaluate_stillComparesTextIgnoringCaseWithoutChangingTheEnginesSettings() {
    IdealDefinition ideal =
        Ideals.evaluate(dataset, Optional.of("Plan IN ('ENTERPRISE') AND churned = 'no'"));

    assertThat(ideal.idealRows()).isEqualTo(3);
    boolean equal = engine.queryOne("SELECT 'a' = 'A'", r -> r.getBoolean(1));
    assertThat(equal).isFalse();
  }

  @Test
  void evaluate_keepsWindowClausesWorking() {
    IdealDefinition ideal =
        Ideals.evaluate(
            dataset,
            Optional.of(
                "LTV >= quantile_cont(LTV, 0.75) OVER () OR rank() OVER (PARTITION BY plan"
                    + " ORDER BY ltv DESC) = 1"));

    assertThat(ideal.columnsRead()).containsExactly("LTV", "Plan");
    assertThat(ideal.idealRows()).isEqualTo(5);
  }
}
