package org.icpengine.server.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.icpengine.data.InputException;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.dataset.DatasetStore;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.review.ReviewStore;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.ReportStore;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.Versions;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs derives in the background, one at a time, taking the queue round-robin between workspaces:
 * reading and cleaning the dataset (three steps) and deriving (four steps), each step recorded for
 * polling. A job that runs longer than the time limit, or is cancelled, is stopped: its engine's
 * query is interrupted and it ends at once, or at its next step.
 */
public final class DeriveJobs implements AutoCloseable {
  /** Reading's three steps, the derive's four, and scoring the dataset. */
  public static final int STEPS = 8;

  private static final Logger LOG = LoggerFactory.getLogger(DeriveJobs.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database database;
  private final Datasets datasets;
  private final Versions versions;
  private final Engines engines;
  private final Clock clock;
  private final Consumer<String> outcomes;
  private final Duration timeout;
  private final JobQueue queue = new JobQueue();
  private final Map<Long, RunningJob> handles = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "icp-derive-timer"));
  private final Thread worker = daemon(this::work, "icp-derive");
  private volatile boolean closing;

  /**
   * Creates the runner with a time limit per derive.
   *
   * @param outcomes told "succeeded", "failed" or "cancelled" as each job ends (metrics)
   */
  public DeriveJobs(
      Database database,
      Datasets datasets,
      Versions versions,
      Engines engines,
      Clock clock,
      Consumer<String> outcomes,
      Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a job's time limit must be positive, not " + timeout);
    }
    this.database = database;
    this.datasets = datasets;
    this.versions = versions;
    this.engines = engines;
    this.clock = clock;
    this.outcomes = outcomes;
    this.timeout = timeout;
    worker.start();
  }

  /** Creates the runner with the default time limit. */
  public DeriveJobs(
      Database database,
      Datasets datasets,
      Versions versions,
      Engines engines,
      Clock clock,
      Consumer<String> outcomes) {
    this(database, datasets, versions, engines, clock, outcomes, Duration.ofMinutes(30));
  }

  /**
   * Picks up what a stopped server left: the job that was running is failed (it may be what stopped
   * the server), the jobs queued behind it are queued again. Returns how many were queued again.
   */
  public int recover() {
    Instant now = clock.instant();
    List<Job> waiting =
        database.inTransaction(
            db -> {
              JobStore.failRunning(db, now);
              return JobStore.queued(db);
            });
    for (Job job : waiting) {
      try {
        Workspace workspace =
            database.inTransaction(db -> WorkspaceStore.get(db, job.workspaceId()));
        enqueue(
            workspace, job.id(), DeriveRequest.of(JSON.readTree(job.options())), job.createdBy());
      } catch (Exception e) {
        LOG.error("cannot queue job {} again", job.id(), e);
        end(job.workspaceId(), job.id(), job.createdBy(), failure("cannot be queued again: " + e));
      }
    }
    return waiting.size();
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
    enqueue(workspace, id, request, actor);
    return get(workspace, id);
  }

  /**
   * Cancels a queued or running job: a queued one ends at once, a running one when its engine's
   * query stops (waited for up to ten seconds). Returns the job as it is then.
   *
   * @throws ServerException 409 when the job has already ended
   */
  public Job cancel(Workspace workspace, long id, String actor) throws InterruptedException {
    Job job = get(workspace, id);
    RunningJob.Stop stop =
        new RunningJob.Stop("cancelled", "cancelled by " + actor, "derive.cancelled");
    if (job.state().equals("queued") && cancelQueued(workspace, id, actor, stop)) {
      queue.remove(id);
      RunningJob handle = handles.remove(id);
      if (handle != null) {
        handle.end();
      }
      return get(workspace, id);
    }
    RunningJob handle = handles.get(id);
    if (handle == null) {
      Job now = get(workspace, id);
      throw ServerException.conflict(
          now.state().equals("running")
              ? "job " + id + " runs on another server: cancel it there"
              : "job "
                  + id
                  + " has already ended ("
                  + now.state()
                  + "): there is nothing to cancel");
    }
    handle.stop(stop);
    handle.awaitEnd(10, TimeUnit.SECONDS);
    return get(workspace, id);
  }

  private boolean cancelQueued(Workspace workspace, long id, String actor, RunningJob.Stop stop) {
    boolean cancelled =
        database.inTransaction(
            db -> {
              Instant now = clock.instant();
              if (!JobStore.cancelQueued(db, id, stop.error(), now)) {
                return false;
              }
              AuditLog.record(
                  db, workspace.id(), now, actor, stop.action(), "job " + id, stop.error());
              return true;
            });
    if (cancelled) {
      outcomes.accept(stop.state());
    }
    return cancelled;
  }

  /** Returns one of the workspace's jobs. */
  public Job get(Workspace workspace, long id) {
    return database.inTransaction(db -> JobStore.get(db, workspace.id(), id));
  }

  /** Returns the workspace's newest jobs. */
  public List<Job> list(Workspace workspace) {
    return database.inTransaction(db -> JobStore.list(db, workspace.id(), 50));
  }

  /** Returns the time limit of one derive. */
  public Duration timeout() {
    return timeout;
  }

  private void enqueue(Workspace workspace, long id, DeriveRequest request, String actor) {
    RunningJob handle = new RunningJob();
    handles.put(id, handle);
    queue.add(
        new JobQueue.Queued(id, workspace.id(), () -> run(workspace, id, request, actor, handle)));
  }

  private void work() {
    while (!closing) {
      try {
        queue.take(200, TimeUnit.MILLISECONDS).ifPresent(job -> job.run().run());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void run(
      Workspace workspace, long id, DeriveRequest request, String actor, RunningJob handle) {
    ScheduledFuture<?> limit =
        timer.schedule(() -> handle.stop(timedOut()), timeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      handle.check();
      if (!database.inTransaction(db -> JobStore.claim(db, id))) {
        return;
      }
      StoredDataset stored =
          database.inTransaction(db -> DatasetStore.get(db, workspace.id(), request.datasetId()));
      Derive.Derived derived =
          engines.run(
              engine -> {
                handle.use(engine);
                try {
                  return Derive.run(
                      engine,
                      datasets,
                      stored,
                      request,
                      clock,
                      (step, name) -> step(handle, id, step, name));
                } finally {
                  handle.use(null);
                }
              });
      handle.check();
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
            ReportStore.put(db, version.id(), derived.report());
            JobStore.succeeded(db, id, version.id(), clock.instant());
            return version;
          });
      outcomes.accept("succeeded");
    } catch (Exception | Error e) {
      end(workspace.id(), id, actor, handle.stopped().orElseGet(() -> failure(e, id)));
    } finally {
      limit.cancel(false);
      handles.remove(id);
      handle.end();
    }
  }

  private void step(RunningJob handle, long id, int step, String name) {
    handle.check();
    database.inTransaction(
        db -> {
          JobStore.step(db, id, step, name);
          return null;
        });
  }

  private RunningJob.Stop timedOut() {
    return failure(
        "the derive ran longer than the server's limit of "
            + say(timeout)
            + " and was stopped: derive from a smaller file, or ask the operator to raise"
            + " --job-timeout");
  }

  private static RunningJob.Stop failure(String error) {
    return new RunningJob.Stop("failed", error, "derive.failed");
  }

  private static RunningJob.Stop failure(Throwable e, long id) {
    if (e instanceof InputException) {
      return failure(e.getMessage());
    }
    LOG.error("derive job {} failed", id, e);
    return failure("the derive failed unexpectedly (" + e + "): see the server log");
  }

  private void end(long workspaceId, long id, String actor, RunningJob.Stop stop) {
    database.inTransaction(
        db -> {
          Instant now = clock.instant();
          JobStore.end(db, id, stop.state(), stop.error(), now);
          AuditLog.record(db, workspaceId, now, actor, stop.action(), "job " + id, stop.error());
          return null;
        });
    outcomes.accept(stop.state());
  }

  /**
   * Stops taking jobs and waits up to a minute for the running one, then stops it. Queued jobs stay
   * queued for the next start.
   */
  @Override
  public void close() {
    closing = true;
    try {
      worker.join(Duration.ofMinutes(1).toMillis());
      if (worker.isAlive()) {
        handles.values().forEach(h -> h.stop(failure("the server stopped while the derive ran")));
        worker.join(Duration.ofSeconds(10).toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      timer.shutdownNow();
    }
  }

  /** Says a duration as people write it: "30 min", "90 s", "250 ms". */
  static String say(Duration duration) {
    if (duration.toSeconds() >= 60 && duration.toSeconds() % 60 == 0) {
      return duration.toMinutes() + " min";
    }
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private static Thread daemon(Runnable run, String name) {
    Thread thread = new Thread(run, name);
    thread.setDaemon(true);
    return thread;
  }
}
