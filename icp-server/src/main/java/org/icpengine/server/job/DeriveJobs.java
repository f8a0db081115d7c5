package org.icpengine.server.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.server.Engines;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.dataset.ColumnFixes;
import org.icpengine.server.dataset.DatasetStore;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.review.ReviewStore;
import org.icpengine.server.scoring.ScoreDistribution;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.Versions;
import org.icpengine.server.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs derives in the background, one at a time: reading and cleaning the dataset (three steps) and
 * deriving (four steps), each step recorded for polling.
 */
public final class DeriveJobs implements AutoCloseable {
  /** Reading's three steps, the derive's four, and scoring the dataset. */
  public static final int STEPS = 8;

  private static final Logger LOG = LoggerFactory.getLogger(DeriveJobs.class);
  private static final int READ_STEPS = 3;

  private final Database database;
  private final Datasets datasets;
  private final Versions versions;
  private final Engines engines;
  private final Clock clock;
  private final Consumer<String> outcomes;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "icp-derive");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * Creates the runner.
   *
   * @param outcomes told "succeeded" or "failed" as each job ends (metrics)
   */
  public DeriveJobs(
      Database database,
      Datasets datasets,
      Versions versions,
      Engines engines,
      Clock clock,
      Consumer<String> outcomes) {
    this.database = database;
    this.datasets = datasets;
    this.versions = versions;
    this.engines = engines;
    this.clock = clock;
    this.outcomes = outcomes;
  }

  /** Marks jobs a stopped server left unfinished as failed; returns how many. */
  public int recover() {
    return database.inTransaction(db -> JobStore.failUnfinished(db, clock.instant()));
  }

  /** Records a job and queues it; returns it as recorded. */
  public Job start(Workspace workspace, DeriveRequest request, String actor) {
    Instant now = clock.instant();
    long id =
        database.inTransaction(
            db -> {
              DatasetStore.get(db, workspace.id(), request.datasetId());
              long created =
                  JobStore.create(
                      db, workspace.id(), request.datasetId(), request.toJson(), STEPS, now, actor);
              AuditLog.record(
                  db,
                  workspace.id(),
                  now,
                  actor,
                  "derive.started",
                  "job " + created,
                  request.toJson());
              return created;
            });
    runner.submit(() -> run(workspace, id, request, actor));
    return get(workspace, id);
  }

  /** Returns one of the workspace's jobs. */
  public Job get(Workspace workspace, long id) {
    return database.inTransaction(db -> JobStore.get(db, workspace.id(), id));
  }

  /** Returns the workspace's newest jobs. */
  public List<Job> list(Workspace workspace) {
    return database.inTransaction(db -> JobStore.list(db, workspace.id(), 50));
  }

  private void run(Workspace workspace, long id, DeriveRequest request, String actor) {
    try {
      StoredDataset stored =
          database.inTransaction(db -> DatasetStore.get(db, workspace.id(), request.datasetId()));
      Derived derived =
          engines.run(
              engine -> {
                step(id, 1, "reading " + stored.name());
                Dataset dataset =
                    Dataset.open(
                        engine,
                        datasets.file(stored),
                        new DatasetOptions(
                            org.icpengine.data.source.ReadOptions.defaults(),
                            ColumnFixes.mapping(datasets.mapping(stored)),
                            (index, total, name) -> step(id, index, name)));
                IcpDefinition definition =
                    Derivation.derive(
                        dataset,
                        datasets.file(stored),
                        request.options(),
                        clock,
                        (index, total, name) -> step(id, READ_STEPS + index, name));
                ObjectNode json = IcpJson.of(definition);
                step(id, STEPS, "scoring the dataset's accounts");
                ScoreDistribution distribution =
                    ScoreDistribution.of(
                        engine,
                        Dataset.RAW,
                        dataset.columns(),
                        ModelFile.of(json, "the derived ICP"));
                return new Derived(json, distribution);
              });
      database.inTransaction(
          db -> {
            Version version =
                versions.add(
                    db,
                    workspace,
                    "derived",
                    stored.id(),
                    "derived from " + stored.name(),
                    derived.icp(),
                    actor);
            ReviewStore.setHistogram(db, version.id(), derived.distribution().toJson());
            JobStore.succeeded(db, id, version.id(), clock.instant());
            return version;
          });
      outcomes.accept("succeeded");
    } catch (InputException e) {
      fail(workspace, id, e.getMessage(), actor);
    } catch (Exception | Error e) {
      LOG.error("derive job {} failed", id, e);
      fail(workspace, id, "the derive failed unexpectedly (" + e + "): see the server log", actor);
    }
  }

  private record Derived(ObjectNode icp, ScoreDistribution distribution) {}

  private void step(long id, int step, String name) {
    database.inTransaction(
        db -> {
          JobStore.step(db, id, step, name);
          return null;
        });
  }

  private void fail(Workspace workspace, long id, String error, String actor) {
    database.inTransaction(
        db -> {
          Instant now = clock.instant();
          JobStore.failed(db, id, error, now);
          AuditLog.record(db, workspace.id(), now, actor, "derive.failed", "job " + id, error);
          return null;
        });
    outcomes.accept("failed");
  }

  /** Stops taking jobs and waits up to a minute for the running one. */
  @Override
  public void close() {
    runner.shutdown();
    try {
      if (!runner.awaitTermination(1, TimeUnit.MINUTES)) {
        runner.shutdownNow();
      }
    } catch (InterruptedException e) {
      runner.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
