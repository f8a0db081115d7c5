package org.icpengine.server.monitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * The published ICP's health: when it was last reviewed and is next due, the drift alarms with
 * their evidence, the newest check's performance figures, and the re-evaluations started.
 *
 * @param settings when the workspace re-evaluates
 * @param published the published version, or empty (then nothing is due)
 * @param lastReview when the published version was published, or the newest re-evaluation of it
 *     started, whichever is later; null without a published version
 * @param nextReview {@code lastReview} plus the interval; null without a published version
 * @param due whether the next review's date has passed
 * @param alarms the newest drift alarms, newest first
 * @param latestCheck the newest drift check that could be made, if any
 * @param reevaluations the newest re-evaluations, newest first
 */
public record Health(
    MonitorSettings settings,
    Optional<Version> published,
    Instant lastReview,
    Instant nextReview,
    boolean due,
    List<DriftRecord> alarms,
    Optional<DriftRecord> latestCheck,
    List<Reevaluation> reevaluations) {
  /** How many alarms and re-evaluations are shown. */
  public static final int SHOWN = 10;

  /** Copies the lists. */
  public Health {
    alarms = List.copyOf(alarms);
    reevaluations = List.copyOf(reevaluations);
  }

  /** Returns the workspace's health at the instant. */
  public static Health of(Database database, Workspace workspace, Instant now) {
    return database.inTransaction(db -> of(db, workspace, now));
  }

  /** Returns the workspace's health at the instant, inside the caller's transaction. */
  public static Health of(Connection db, Workspace workspace, Instant now) throws SQLException {
    // read again: a workspace found by name is cached, its published version may be stale
    Long publishedId = WorkspaceStore.get(db, workspace.id()).publishedVersion();
    MonitorSettings settings = MonitorStore.settings(db, workspace.id());
    List<DriftRecord> alarms = MonitorStore.checks(db, workspace.id(), true, SHOWN);
    Optional<DriftRecord> latest =
        MonitorStore.checks(db, workspace.id(), false, SHOWN).stream()
            .filter(c -> c.error() == null)
            .findFirst();
    List<Reevaluation> reevaluations = MonitorStore.reevaluations(db, workspace.id(), SHOWN);
    Optional<Version> published =
        publishedId == null ? Optional.empty() : VersionStore.byId(db, publishedId);
    if (published.isEmpty()) {
      return new Health(settings, published, null, null, false, alarms, latest, reevaluations);
    }
    Instant last = published.get().updatedAt();
    for (Reevaluation r : reevaluations) {
      if (r.publishedVersionId() == published.get().id() && r.requestedAt().isAfter(last)) {
        last = r.requestedAt();
      }
    }
    Instant next = last.atZone(ZoneOffset.UTC).plusMonths(settings.everyMonths()).toInstant();
    return new Health(
        settings, published, last, next, !now.isBefore(next), alarms, latest, reevaluations);
  }

  /** Returns whether a re-evaluation is still deriving. */
  public boolean deriving() {
    return reevaluations.stream().anyMatch(Reevaluation::deriving);
  }

  /**
   * Returns the newest alarm on the published version that no re-evaluation has answered yet: none
   * started after it or because of it.
   */
  public Optional<DriftRecord> alarmSinceLastReview() {
    if (published.isEmpty() || deriving()) {
      return Optional.empty();
    }
    long version = published.get().id();
    return alarms.stream()
        .filter(a -> a.versionId() == version)
        .findFirst()
        .filter(
            a ->
                reevaluations.stream()
                    .noneMatch(
                        r ->
                            r.publishedVersionId() == version
                                && (r.requestedAt().isAfter(a.checkedAt())
                                    || (r.driftCheckId() != null && r.driftCheckId() >= a.id()))));
  }

  /** Returns the newest check's performance figures, if a check was made. */
  public Optional<Decay> decay() {
    return latestCheck.map(c -> Decay.of(c.report()));
  }
}
