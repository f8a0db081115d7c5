package org.icpengine.server.monitor;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.dataset.DatasetStore;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.job.DeriveJobs;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.version.Versions;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's work, run every few minutes by {@link MonitorScheduler}: for each workspace with
 * a published version, it checks every dataset uploaded since (drift against the dataset the
 * version was derived from; an alarm goes to the audit log as {@code drift.alarm}), starts a
 * re-evaluation when the review is due or, if the workspace asks for it, when a check alarmed, and
 * puts the drafts of finished re-evaluations up for review. Every step is idempotent: running it
 * twice does no more.
 */
public final class Monitor {
  /** Who the audit log says acted. */
  public static final String ACTOR = "scheduler";

  private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);

  private final Database database;
  private final Datasets datasets;
  private final DriftChecks checks;
  private final Reevaluations reevaluations;
  private final Clock clock;

  /** Creates the monitor. */
  public Monitor(
      Database database, Datasets datasets, Versions versions, DeriveJobs jobs, Clock clock) {
    this.database = database;
    this.datasets = datasets;
    this.checks = new DriftChecks(datasets);
    this.reevaluations = new Reevaluations(database, datasets, versions, jobs, clock);
    this.clock = clock;
  }

  /** Runs one round over every workspace; a workspace that fails is logged and skipped. */
  public void tick() {
    reevaluations.follow();
    for (Workspace w : database.inTransaction(WorkspaceStore::all)) {
      try {
        monitor(w);
      } catch (IOException | RuntimeException e) {
        LOG.error("monitoring workspace {} failed", w.name(), e);
      }
    }
  }

  private void monitor(Workspace w) throws IOException {
    Optional<Version> published =
        database.inTransaction(
            db ->
                w.publishedVersion() == null
                    ? Optional.<Version>empty()
                    : VersionStore.byId(db, w.publishedVersion()));
    if (published.isEmpty() || published.get().datasetId() == null) {
      return;
    }
    Version version = published.get();
    StoredDataset reference =
        database.inTransaction(db -> DatasetStore.byId(db, version.datasetId()).orElseThrow());
    for (StoredDataset current : unchecked(w, version)) {
      checkOne(w, version, reference, current);
    }
    Health health = Health.of(database, w, clock.instant());
    if (health.due()) {
      reevaluations.start(
          w, version, "due", health.alarms().isEmpty() ? null : health.alarms().get(0).id());
    } else if (health.settings().onDrift() && health.alarmSinceLastReview().isPresent()) {
      reevaluations.start(w, version, "drift", health.alarmSinceLastReview().get().id());
    }
  }

  private List<StoredDataset> unchecked(Workspace w, Version version) {
    List<StoredDataset> newer =
        datasets.list(w).stream()
            .filter(d -> d.id() > version.datasetId())
            .sorted(Comparator.comparingLong(StoredDataset::id))
            .toList();
    return database.inTransaction(
        db -> {
          List<StoredDataset> unchecked = new ArrayList<>();
          for (StoredDataset d : newer) {
            if (!MonitorStore.checked(db, version.id(), d.id())) {
              unchecked.add(d);
            }
          }
          return unchecked;
        });
  }

  private void checkOne(
      Workspace w, Version version, StoredDataset reference, StoredDataset current)
      throws IOException {
    Instant now = clock.instant();
    DriftChecks.Checked checked = checks.check(version, reference, current, now);
    DriftRecord r = checked.record();
    database.inTransaction(
        db -> {
          if (MonitorStore.checked(db, version.id(), current.id())) {
            return null;
          }
          long id = MonitorStore.addCheck(db, r);
          String action =
              r.error() != null ? "drift.failed" : r.alarm() ? "drift.alarm" : "drift.checked";
          AuditLog.record(
              db,
              w.id(),
              now,
              ACTOR,
              action,
              "dataset " + current.id(),
              "check "
                  + id
                  + " of "
                  + current.name()
                  + " against version "
                  + version.number()
                  + " (derived from "
                  + reference.name()
                  + "): "
                  + checked.words());
          return id;
        });
  }

  /**
   * Stores a workspace's re-evaluation setting, recorded in the audit log as {@code
   * settings.monitoring}; the next review's date follows it at once.
   */
  public static void configure(
      Database database, Instant now, Workspace w, MonitorSettings settings, String actor) {
    database.inTransaction(
        db -> {
          MonitorStore.setSettings(db, w.id(), settings, now, actor);
          AuditLog.record(
              db,
              w.id(),
              now,
              actor,
              "settings.monitoring",
              "workspace " + w.name(),
              "re-evaluate every "
                  + settings.everyMonths()
                  + " month(s)"
                  + (settings.onDrift() ? " and on drift" : ", not on drift"));
          return null;
        });
  }
}
