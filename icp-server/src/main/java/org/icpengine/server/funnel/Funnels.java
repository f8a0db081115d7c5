package org.icpengine.server.funnel;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.data.InputException;
import org.icpengine.data.abm.Abm;
import org.icpengine.data.abm.AbmList;
import org.icpengine.data.abm.AbmOptions;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.data.funnel.Funnel;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelOptions;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.dataset.UnpackedExports;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * Computes a workspace's funnel by tier and channel: the published version's model over the
 * opportunities of the newest dataset uploaded as a zip of linked exports (unpacked into a scratch
 * folder for the run, then deleted), in one of the engine slots. The result is kept in memory per
 * version, dataset, cohort period and shift, so a page view after the first costs nothing.
 */
public final class Funnels {
  /** The scenario's shift, in percent of new C/D pipeline, when none is asked for. */
  public static final double DEFAULT_SHIFT = 20;

  private static final int KEPT = 32;

  private final Database database;
  private final Datasets datasets;
  private final Engines engines;
  private final Map<String, WorkspaceFunnel> kept = new ConcurrentHashMap<>();

  /** Creates the service. */
  public Funnels(Database database, Datasets datasets, Engines engines) {
    this.database = database;
    this.datasets = datasets;
    this.engines = engines;
  }

  /**
   * Returns the workspace's funnel with cohorts by the period and the shift scenario.
   *
   * @throws ServerException 409 when nothing is published or no linked dataset was uploaded, 422
   *     when the exports cannot give a funnel (no opportunities, no stage)
   */
  public WorkspaceFunnel of(Workspace workspace, CohortPeriod cohort, double shift)
      throws Exception {
    return of(workspace, cohort, shift, Optional.empty());
  }

  /**
   * Returns the workspace's funnel of the opportunities of accounts inside a segment (an
   * ideal-language expression over the accounts' columns), or of every one.
   *
   * @throws ServerException 409 when nothing is published or no linked dataset was uploaded, 422
   *     when the exports cannot give a funnel or the segment is invalid
   */
  public WorkspaceFunnel of(
      Workspace workspace, CohortPeriod cohort, double shift, Optional<String> segment)
      throws Exception {
    Version version = published(workspace);
    StoredDataset dataset =
        datasets
            .latestLinked(workspace)
            .orElseThrow(
                () ->
                    ServerException.conflict(
                        "the funnel needs linked exports: upload a zip of your accounts,"
                            + " opportunities, touches and spend exports on the Data page"));
    String key =
        version.id() + "/" + dataset.id() + "/" + cohort + "/" + shift + "/" + segment.orElse("");
    WorkspaceFunnel known = kept.get(key);
    if (known != null) {
      return known;
    }
    ScoreModel model = model(version);
    FunnelReport report = engines.inSlot(() -> run(model, dataset, cohort, shift, segment));
    WorkspaceFunnel made =
        new WorkspaceFunnel(
            version.number(), dataset.id(), dataset.name(), report, model.columns());
    if (kept.size() >= KEPT) {
      kept.clear();
    }
    kept.put(key, made);
    return made;
  }

  /**
   * Ranks a dataset of the workspace (a prospect or market file) for ABM with the published ICP and
   * the funnel's tiers, writing the list for a CRM to {@code out} when given.
   *
   * @throws ServerException 409 without a published ICP or a funnel, 422 when the file cannot be
   *     ranked (none of the model's columns)
   */
  public AbmList abm(Workspace workspace, StoredDataset prospects, AbmOptions options)
      throws Exception {
    WorkspaceFunnel funnel = of(workspace, CohortPeriod.QUARTER, DEFAULT_SHIFT);
    ScoreModel model = model(published(workspace));
    try {
      return engines.inSlot(
          () -> Abm.rank(datasets.file(prospects), model, funnel.report(), options));
    } catch (InputException e) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE, "the ABM list cannot be made: " + e.getMessage());
    }
  }

  private static ScoreModel model(Version version) {
    try {
      return ModelFile.parse(version.icp(), "version " + version.number());
    } catch (InputException e) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE, "the funnel cannot be computed: " + e.getMessage());
    }
  }

  private FunnelReport run(
      ScoreModel model,
      StoredDataset dataset,
      CohortPeriod cohort,
      double shift,
      Optional<String> segment)
      throws IOException {
    return UnpackedExports.run(
        datasets,
        dataset,
        "funnel",
        "the funnel cannot be computed",
        yaml -> {
          FunnelOptions options =
              FunnelOptions.builder()
                  .by(List.of(FunnelDimension.TIER, FunnelDimension.CHANNEL))
                  .cohort(cohort)
                  .shift(shift)
                  .segment(segment.orElse(null))
                  .build();
          return Funnel.run(yaml, model, options);
        });
  }

  private Version published(Workspace workspace) {
    return database.inTransaction(
        db -> {
          Long id = WorkspaceStore.get(db, workspace.id()).publishedVersion();
          if (id == null) {
            throw ServerException.conflict(
                "workspace '" + workspace.name() + "' has no published ICP yet: publish a version");
          }
          return VersionStore.byId(db, id).orElseThrow();
        });
  }
}
