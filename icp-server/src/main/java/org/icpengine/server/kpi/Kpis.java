package org.icpengine.server.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.funnel.Funnels;
import org.icpengine.server.scoring.Published;
import org.icpengine.server.scoring.PublishedModels;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * A workspace's ICP KPIs and their targets. The figures are computed for the published version on
 * the workspace's newest linked dataset (a zip of exports) once, then kept as a snapshot stamped
 * with both; a new version or a new upload gives a new snapshot. Setting and removing a target is
 * written to the audit log in the same transaction.
 */
public final class Kpis {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int OWNER_LIMIT = 320;

  private final Database database;
  private final Datasets datasets;
  private final PublishedModels published;
  private final Engines engines;
  private final Funnels funnels;
  private final Clock clock;

  /** Creates the service. */
  public Kpis(
      Database database,
      Datasets datasets,
      PublishedModels published,
      Engines engines,
      Funnels funnels,
      Clock clock) {
    this.database = database;
    this.datasets = datasets;
    this.published = published;
    this.engines = engines;
    this.funnels = funnels;
    this.clock = clock;
  }

  /** Returns the workspace's targets in catalogue order. */
  public List<KpiTarget> targets(Workspace workspace) {
    return database.inTransaction(db -> KpiStore.list(db, workspace.id()));
  }

  /**
   * Sets a KPI's target and owner, audited as {@code kpi.target_set} with the old and new target.
   *
   * @throws ServerException 400 for a target outside the KPI's unit or an empty or long owner
   */
  public KpiTarget setTarget(
      Workspace workspace, Kpi kpi, double target, String owner, String actor) {
    kpi.checkTarget(target);
    String who = owner == null ? "" : owner.strip();
    if (who.isEmpty() || who.length() > OWNER_LIMIT) {
      throw ServerException.badRequest(
          "name the target's owner (a person or team) in 1 to "
              + OWNER_LIMIT
              + " characters, such as \"Head of demand gen\"");
    }
    KpiTarget set = new KpiTarget(kpi, target, who, actor, clock.instant());
    return database.inTransaction(
        db -> {
          String before =
              KpiStore.get(db, workspace.id(), kpi)
                  .map(t -> show(kpi, t.target()) + " (" + t.owner() + ")")
                  .orElse("none");
          KpiStore.set(db, workspace.id(), set);
          AuditLog.record(
              db,
              workspace.id(),
              set.setAt(),
              actor,
              "kpi.target_set",
              "kpi " + kpi.key(),
              "target " + before + " → " + show(kpi, target) + " (" + who + ")");
          return set;
        });
  }

  /**
   * Removes a KPI's target, audited as {@code kpi.target_removed}.
   *
   * @throws ServerException 404 when the KPI has no target
   */
  public void removeTarget(Workspace workspace, Kpi kpi, String actor) {
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          KpiTarget old =
              KpiStore.get(db, workspace.id(), kpi)
                  .orElseThrow(
                      () -> ServerException.notFound("KPI " + kpi.key() + " has no target"));
          KpiStore.remove(db, workspace.id(), kpi);
          AuditLog.record(
              db,
              workspace.id(),
              now,
              actor,
              "kpi.target_removed",
              "kpi " + kpi.key(),
              "target was " + show(kpi, old.target()) + " (" + old.owner() + ")");
          return null;
        });
  }

  /**
   * Returns the KPIs of the published version on the newest linked dataset, with targets and
   * status; computed on first use and kept.
   *
   * @throws ServerException 409 when nothing is published or no linked dataset was uploaded
   */
  public KpiBoard board(Workspace workspace) throws Exception {
    Published model = published.of(workspace);
    StoredDataset dataset =
        datasets
            .latestLinked(workspace)
            .orElseThrow(
                () ->
                    ServerException.conflict(
                        "the KPIs need linked exports: upload a zip of your accounts,"
                            + " opportunities, subscriptions and spend exports on the Data page"));
    Version version = publishedVersion(workspace);
    KpiStore.Snapshot snapshot = snapshot(workspace, version, dataset, model);
    Map<Kpi, KpiTarget> targets =
        targets(workspace).stream().collect(Collectors.toMap(KpiTarget::kpi, Function.identity()));
    List<KpiBoard.Row> rows = new ArrayList<>();
    for (KpiFigure f : read(snapshot.figures())) {
      Kpi kpi = Kpi.of(f.kpi());
      KpiTarget t = targets.get(kpi);
      rows.add(new KpiBoard.Row(kpi, f, t, KpiStatus.of(f, t)));
    }
    return new KpiBoard(
        version.number(), dataset.id(), dataset.name(), snapshot.computedAt(), rows);
  }

  private Version publishedVersion(Workspace workspace) {
    return database.inTransaction(
        db -> {
          Long id = WorkspaceStore.get(db, workspace.id()).publishedVersion();
          if (id == null) {
            throw ServerException.conflict("publish a version first");
          }
          return VersionStore.byId(db, id).orElseThrow();
        });
  }

  private KpiStore.Snapshot snapshot(
      Workspace workspace, Version version, StoredDataset dataset, Published model)
      throws Exception {
    KpiStore.Snapshot kept =
        database.inTransaction(
            db -> KpiStore.snapshot(db, version.id(), dataset.id()).orElse(null));
    if (kept != null) {
      return kept;
    }
    java.nio.file.Path file = datasets.file(dataset);
    List<KpiFigure> computed =
        engines.inSlot(
            () -> {
              try (Engine engine = Engine.open(engines.memoryLimit(), EngineAccess.reading(file))) {
                return AccountKpis.of(AccountTable.read(engine, file, model.model()));
              }
            });
    computed = withFunnel(workspace, computed);
    KpiStore.Snapshot made =
        new KpiStore.Snapshot(
            JSON.writeValueAsString(computed),
            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    database.inTransaction(
        db -> {
          KpiStore.saveSnapshot(db, version.id(), dataset.id(), made.computedAt(), made.figures());
          return null;
        });
    return made;
  }

  /**
   * Adds what only the opportunities give (the pipeline share, the lift's trend by creation
   * quarter); when the funnel cannot be computed, the pipeline share says why.
   */
  private List<KpiFigure> withFunnel(Workspace workspace, List<KpiFigure> figures)
      throws Exception {
    FunnelReport report;
    try {
      report = funnels.of(workspace, CohortPeriod.QUARTER, Funnels.DEFAULT_SHIFT).report();
    } catch (ServerException e) {
      List<KpiFigure> out = new ArrayList<>(figures);
      out.set(0, KpiFigure.missing(Kpi.PIPELINE_SHARE_AB, e.getMessage()));
      return out;
    }
    List<KpiFigure> out = new ArrayList<>();
    for (KpiFigure f : figures) {
      if (f.kpi().equals(Kpi.PIPELINE_SHARE_AB.key())) {
        out.add(FunnelKpis.pipelineShare(report));
      } else if (f.kpi().equals(Kpi.WIN_RATE_LIFT_A_D.key())) {
        out.add(FunnelKpis.withLiftTrend(f, report));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static List<KpiFigure> read(String json) throws JsonProcessingException {
    CollectionType type =
        JSON.getTypeFactory().constructCollectionType(List.class, KpiFigure.class);
    return JSON.readValue(json, type);
  }

  /** Returns a value in its unit for people: 62 %, 3.1×, 104.2 %, 1,250. */
  public static String show(Kpi kpi, double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    return switch (kpi.unit()) {
      case SHARE -> String.format(Locale.ROOT, "%.1f %%", value * 100);
      case RATIO -> String.format(Locale.ROOT, "%.2f×", value);
      case PERCENT -> String.format(Locale.ROOT, "%.1f %%", value);
      case MONEY -> String.format(Locale.ROOT, "%,.0f", value);
    };
  }
}
