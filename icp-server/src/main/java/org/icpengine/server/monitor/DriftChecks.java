package org.icpengine.server.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;
import org.icpengine.core.drift.AttributeDrift;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.drift.Drift;
import org.icpengine.data.drift.DriftJson;
import org.icpengine.data.drift.DriftReport;
import org.icpengine.server.dataset.ColumnFixes;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.version.Version;

/**
 * Checks a new dataset against the dataset the published version was derived from, as {@code icp
 * drift} does, and says the alarm's evidence in words for the audit log.
 */
final class DriftChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Datasets datasets;

  DriftChecks(Datasets datasets) {
    this.datasets = datasets;
  }

  /** What a check found: the record to store and the audit entry's words. */
  record Checked(DriftRecord record, String words) {}

  /**
   * Checks the dataset; a file the check cannot read is recorded with its error, not thrown.
   *
   * @throws IOException when the published model cannot be written to the scratch folder
   */
  Checked check(Version published, StoredDataset reference, StoredDataset current, Instant now)
      throws IOException {
    Path icp = Files.createTempFile(datasets.workFolder(), "drift-", ".icp.json");
    try {
      Files.writeString(icp, published.icp());
      DatasetOptions options =
          new DatasetOptions(
              DatasetOptions.defaults().read(),
              ColumnFixes.mapping(datasets.mapping(current)),
              DatasetOptions.defaults().progress());
      DriftReport report =
          Drift.check(icp, datasets.file(reference), datasets.file(current), options);
      return new Checked(
          record(published, reference, current, now, report.alarm(), null, json(report)),
          words(report));
    } catch (InputException e) {
      return new Checked(
          record(published, reference, current, now, false, e.getMessage(), "{}"),
          "could not be checked: " + e.getMessage());
    } finally {
      Files.deleteIfExists(icp);
    }
  }

  private static String json(DriftReport report) {
    try {
      return JSON.writeValueAsString(DriftJson.of(report));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a drift report as JSON", e);
    }
  }

  private static DriftRecord record(
      Version published,
      StoredDataset reference,
      StoredDataset current,
      Instant now,
      boolean alarm,
      String error,
      String report) {
    return new DriftRecord(
        0,
        published.workspaceId(),
        published.id(),
        reference.id(),
        current.id(),
        now,
        alarm,
        error,
        report);
  }

  /** Says which tests alarmed, with PSI and q-value, e.g. "Industry (PSI 0.21, q 3.1e-09)". */
  static String words(DriftReport report) {
    StringJoiner alarms = new StringJoiner(", ");
    report.check().population().attributes().stream()
        .filter(AttributeDrift::alarm)
        .forEach(a -> alarms.add(evidence(a)));
    if (report.check().score().tiers().alarm()) {
      alarms.add(evidence(report.check().score().tiers()));
    }
    if (report.check().score().deciles().alarm()) {
      alarms.add(evidence(report.check().score().deciles()));
    }
    return alarms.length() == 0
        ? "no drift: no attribute moved both significantly and materially"
        : "drift in " + alarms;
  }

  private static String evidence(AttributeDrift a) {
    return String.format(
        Locale.ROOT, "%s (PSI %.3f, q %.2g)", a.attribute().name(), a.psi(), a.qValue());
  }
}
