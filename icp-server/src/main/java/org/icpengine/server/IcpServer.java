package org.icpengine.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.icpengine.server.access.Access;
import org.icpengine.server.api.ApiServer;
import org.icpengine.server.api.Extension;
import org.icpengine.server.api.Metrics;
import org.icpengine.server.api.MetricsAccess;
import org.icpengine.server.api.Services;
import org.icpengine.server.dataset.DatasetStore;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.MatchReviews;
import org.icpengine.server.dataset.ProfileProcess;
import org.icpengine.server.dataset.UploadPolicy;
import org.icpengine.server.dataset.UploadSlots;
import org.icpengine.server.funnel.Funnels;
import org.icpengine.server.job.DeriveJobs;
import org.icpengine.server.kpi.Kpis;
import org.icpengine.server.monitor.Monitor;
import org.icpengine.server.monitor.MonitorScheduler;
import org.icpengine.server.personas.BuyerPersonas;
import org.icpengine.server.review.Reviews;
import org.icpengine.server.scoring.PublishedModels;
import org.icpengine.server.store.DataFolder;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.server.version.Versions;
import org.icpengine.server.workspace.WorkspaceDirectory;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * The ICP server, started in a fixed sequence: open the data folder, connect to the app database,
 * refuse a newer schema, migrate, sweep what a crash left (uploads, scratch, unrecorded dataset
 * files, engines' spill folders), fail the job that was running and queue again the ones behind it,
 * listen, start the scheduler (drift checks and re-evaluations, {@link MonitorScheduler}).
 */
public final class IcpServer implements AutoCloseable {
  private final Database database;
  private final DeriveJobs jobs;
  private final MonitorScheduler monitor;
  private final ApiServer api;
  private final int port;
  private final Migrations.Outcome migration;

  private IcpServer(
      Database database,
      DeriveJobs jobs,
      MonitorScheduler monitor,
      ApiServer api,
      int port,
      Migrations.Outcome migration) {
    this.database = database;
    this.jobs = jobs;
    this.monitor = monitor;
    this.api = api;
    this.port = port;
    this.migration = migration;
  }

  /**
   * Starts a server.
   *
   * @throws org.icpengine.server.store.StoreException when the database cannot be used
   */
  public static IcpServer start(ServerOptions options) {
    return start(options, List.of());
  }

  /**
   * Starts a server with more routes (the web app).
   *
   * @throws org.icpengine.server.store.StoreException when the database cannot be used
   */
  public static IcpServer start(ServerOptions options, List<Extension> extensions) {
    return start(options, extensions, Clock.systemUTC());
  }

  /**
   * Starts a server whose time, the scheduler's included, is the clock's (tests move it).
   *
   * @throws org.icpengine.server.store.StoreException when the database cannot be used
   */
  public static IcpServer start(ServerOptions options, List<Extension> extensions, Clock clock) {
    DataFolder folder = new DataFolder(options.dataFolder());
    DatabaseSettings settings = DatabaseSettings.from(options.environment(), folder.root());
    Database database = Database.open(settings);
    try {
      Migrations.Outcome migration = Migrations.migrate(database);
      folder.protectFiles();
      folder.sweep(database.inTransaction(DatasetStore::storedFiles));
      Engines.sweepSpillFolders(Path.of(System.getProperty("java.io.tmpdir")), clock.instant());
      Metrics metrics = new Metrics();
      Engines engines = Engines.defaults();
      PublishedModels published = new PublishedModels(database, clock);
      Versions versions = new Versions(database, clock, published::forget, new Reviews.Gate());
      Datasets datasets =
          new Datasets(
              database,
              folder,
              engines,
              clock,
              new UploadPolicy(
                  options.uploadLimitBytes(),
                  options.limits().workspaceQuotaBytes(),
                  new UploadSlots(
                      options.limits().uploads(), options.limits().uploadsPerWorkspace()),
                  new ProfileProcess(engines, folder.work(), options.limits().jobTimeout())));
      DeriveJobs jobs =
          new DeriveJobs(
              database,
              datasets,
              versions,
              engines,
              clock,
              metrics::jobEnded,
              options.limits().jobTimeout());
      for (int requeued = jobs.recover(); requeued > 0; requeued--) {
        metrics.jobStarted();
      }
      Funnels funnels = new Funnels(database, datasets, engines);
      Services services =
          new Services(
              database,
              new WorkspaceDirectory(database),
              new Reviews(database, clock),
              new Access(database, clock),
              versions,
              datasets,
              jobs,
              published,
              engines,
              metrics,
              clock,
              options.secureCookies(),
              funnels,
              new Kpis(database, datasets, published, engines, funnels, clock),
              new BuyerPersonas(database, datasets, engines),
              new MatchReviews(database, datasets, engines, clock));
      ApiServer api =
          new ApiServer(
              services, options.host(), extensions, MetricsAccess.from(options.environment()));
      int port = api.start(options.port());
      MonitorScheduler monitor =
          MonitorScheduler.start(
              database.dataSource(), new Monitor(database, datasets, versions, jobs, clock), clock);
      return new IcpServer(database, jobs, monitor, api, port, migration);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Returns the port it listens on. */
  public int port() {
    return port;
  }

  /** Returns what migrating did at start. */
  public Migrations.Outcome migration() {
    return migration;
  }

  /** Returns where the app database is. */
  public DatabaseSettings database() {
    return database.settings();
  }

  /** Returns how many workspaces there are. */
  public int workspaces() {
    return database.inTransaction(WorkspaceStore::all).size();
  }

  /** Returns the HTTP server, for tests. */
  public ApiServer api() {
    return api;
  }

  /**
   * Stops gracefully: running requests finish (up to 30 s), then the scheduler, jobs, the database.
   */
  @Override
  public void close() {
    api.stop(Duration.ofSeconds(30));
    monitor.close();
    jobs.close();
    database.close();
  }
}
