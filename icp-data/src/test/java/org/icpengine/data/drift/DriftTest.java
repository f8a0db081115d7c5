package org.icpengine.data.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.core.drift.AttributeDrift;
import org.icpengine.core.drift.TraitShift;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {
  @TempDir static Path dir;
  static Path icp;
  static Path reference;

  @BeforeAll
  static void derive() throws Exception {
    reference = Accounts.write(dir, "reference.csv", 4000, Accounts.INDUSTRY_MIX, 1);
    icp = Accounts.derive(reference, Files.createDirectories(dir.resolve("icp")));
  }

  @Test
  void check_raisesNoAlarmOnAFreshDrawOfTheSameAccounts() {
    Path current = Accounts.write(dir, "same.csv", 1200, Accounts.INDUSTRY_MIX, 2);
    DriftReport report = Drift.check(icp, reference, current, DatasetOptions.defaults());
    assertThat(report.alarm()).isFalse();
    assertThat(report.check().population().attributes())
        .extracting(a -> a.attribute().name())
        .contains("industry");
    assertThat(report.check().performance().current().observed()).isTrue();
  }

  @Test
  void check_flagsTheAttributeWhoseMixMoved() {
    double[] moved = {0.3, 0.2, 0.25, 0.25};
    Path current = Accounts.write(dir, "moved.csv", 1200, moved, 3);
    DriftReport report = Drift.check(icp, reference, current, DatasetOptions.defaults());
    assertThat(report.alarm()).isTrue();
    assertThat(report.check().population().alarmed()).containsExactly("industry");
    AttributeDrift industry =
        report.check().population().attributes().stream()
            .filter(a -> a.attribute().name().equals("industry"))
            .findFirst()
            .orElseThrow();
    assertThat(industry.qValue()).isLessThan(0.05);
    assertThat(industry.js()).isGreaterThan(0.05);
    assertThat(report.check().score().change().value()).isPositive();
  }

  @Test
  void check_seesATraitWhoseEffectHalved() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (String region : Accounts.REGIONS) {
      rows.put(region, 750);
    }
    Path current =
        Accounts.write(
            dir, "halved.csv", rows, Accounts.INDUSTRY_MIX, Map.of(), Accounts.FINTECH / 2, 6);
    DriftReport report = Drift.check(icp, reference, current, DatasetOptions.defaults());
    TraitShift fintech =
        report.changes().stream()
            .filter(c -> c.condition().contains("Fintech"))
            .findFirst()
            .orElseThrow();
    assertThat(fintech.change()).isIn(TraitShift.Change.WEAKENED, TraitShift.Change.VANISHED);
    assertThat(fintech.current().value()).isLessThan(fintech.reference().value());
    assertThat(report.check().population().alarm()).isFalse();
  }

  @Test
  void check_estimatesWithoutOutcomes() throws Exception {
    Path full = Accounts.write(dir, "with-won.csv", 800, Accounts.INDUSTRY_MIX, 4);
    java.util.List<String> lines = Files.readAllLines(full);
    java.util.List<String> stripped =
        lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    Path current = Fixtures.lines(dir, "no-won.csv", stripped);
    DriftReport report = Drift.check(icp, reference, current, DatasetOptions.defaults());
    assertThat(report.check().performance().current().observed()).isFalse();
    assertThat(report.current().outcomes()).contains("won");
    assertThat(report.check().performance().current().tiers().get(0).expected().isPresent())
        .isTrue();
  }

  @Test
  void check_refusesAFolderWithoutIcpJson() {
    Path current = Accounts.write(dir, "any.csv", 200, Accounts.INDUSTRY_MIX, 5);
    assertThatThrownBy(() -> Drift.check(dir, reference, current, DatasetOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("without icp.json");
  }

  @Test
  void check_refusesAFileWithoutTheModelsColumns() {
    Path other = Fixtures.lines(dir, "other.csv", java.util.List.of("colour,size", "red,1"));
    assertThatThrownBy(() -> Drift.check(icp, reference, other, DatasetOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("other.csv has none of the model's columns");
  }
}
