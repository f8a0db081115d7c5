package org.icpengine.server.dataset;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.ProfileJson;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Secrets;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.DataFolder;
import org.icpengine.server.store.Database;
import org.icpengine.server.workspace.Workspace;

/**
 * Takes uploads: the body is streamed to {@code uploads/} under the size limit and the workspace's
 * quota, read, cleaned and profiled as {@code icp profile} does, moved into {@code datasets/} and
 * only then recorded. Any failure on the way deletes the partial file, so an interrupted upload
 * leaves nothing. A few uploads arrive at once ({@link UploadSlots}); more are refused.
 */
public final class Datasets {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many times the upload limit a zip's files may come to once unpacked. */
  static final long UNPACKED_FACTOR = 20;

  private final Database database;
  private final DataFolder folder;
  private final Engines engines;
  private final Clock clock;
  private final long limitBytes;
  private final long quotaBytes;
  private final UploadSlots slots;
  private final FileProfiler profiler;

  /**
   * Creates the service reading uploads in this process; uploads above {@code limitBytes} are
   * refused.
   */
  public Datasets(
      Database database, DataFolder folder, Engines engines, Clock clock, long limitBytes) {
    this(
        database,
        folder,
        engines,
        clock,
        new UploadPolicy(limitBytes, 10L << 30, new UploadSlots(4, 2), null));
  }

  /**
   * Creates the service: uploads above the policy's limit, or that would take a workspace's
   * datasets above its quota, are refused, and so are uploads beyond its slots. Uploads are read by
   * the policy's profiler, or in this process when it has none.
   */
  public Datasets(
      Database database, DataFolder folder, Engines engines, Clock clock, UploadPolicy policy) {
    this.database = database;
    this.folder = folder;
    this.engines = engines;
    this.clock = clock;
    this.limitBytes = policy.limitBytes();
    this.quotaBytes = policy.quotaBytes();
    this.slots = policy.slots();
    this.profiler = policy.profiler() == null ? this::profileHere : policy.profiler();
  }

  /** Returns the upload limit in bytes. */
  public long limitBytes() {
    return limitBytes;
  }

  /** Returns the most bytes of datasets one workspace may keep. */
  public long quotaBytes() {
    return quotaBytes;
  }

  /**
   * Stores an upload.
   *
   * @throws ServerException 413 above the limit or the workspace's quota, 422 when the file cannot
   *     be read as a dataset or its name has control characters, 429 when too many uploads are
   *     under way
   */
  public StoredDataset upload(Workspace workspace, String name, InputStream body, String actor)
      throws Exception {
    return upload(workspace, name, null, body, actor);
  }

  /**
   * Stores an upload; a zip of exports (a name ending in .zip, or the content type {@code
   * application/zip}) is unpacked ({@link ZipExports}), linked and assembled ({@link
   * LinkedExports}), and the account table is stored as the dataset.
   *
   * @param contentType the body's content type, or null
   * @throws ServerException as {@link #upload(Workspace, String, InputStream, String)}, and 422
   *     when a zip is refused or its exports cannot be linked
   */
  public StoredDataset upload(
      Workspace workspace, String name, String contentType, InputStream body, String actor)
      throws Exception {
    UploadName upload = UploadName.of(name);
    boolean zip = upload.extension().equals("zip") || isZip(contentType);
    String stored =
        Secrets.random().substring(0, 22) + "." + (zip ? "parquet" : upload.extension());
    Path part = folder.uploads().resolve(stored);
    Path work = folder.work().resolve("linked-" + stored);
    Path target = folder.datasets().resolve(stored);
    // a zip of exports is kept beside its account table: the funnel reads the opportunities
    Path exports = folder.datasets().resolve(stored.replace(".parquet", ".exports.zip"));
    UploadSlots.Slot slot = slots.take(workspace.id());
    try {
      Received received = receive(workspace, body, part);
      if (zip) {
        ZipExports.unpack(part, work, limitBytes * UNPACKED_FACTOR);
        MatchReviews.writeDecisions(database, workspace.id(), work);
      }
      String profile = profiler.profile(zip ? work : part, upload.fileName());
      long rows = JSON.readTree(profile).get("rows").asLong();
      Files.move(zip ? work.resolve(LinkedExports.TABLE) : part, target, ATOMIC_MOVE);
      if (zip) {
        Files.move(part, exports, ATOMIC_MOVE);
      }
      StoredDataset record =
          new StoredDataset(
              0,
              workspace.id(),
              upload.fileName(),
              "datasets/" + stored,
              Files.size(target) + (zip ? Files.size(exports) : 0),
              received.sha256(),
              rows,
              profile,
              clock.instant(),
              actor);
      return record(workspace, record, zip ? "datasets/" + exports.getFileName() : null);
    } catch (InputException e) {
      throw new ServerException(ServerException.Kind.UNPROCESSABLE, e.getMessage());
    } catch (Exception | Error e) {
      Files.deleteIfExists(target);
      Files.deleteIfExists(exports);
      throw e;
    } finally {
      slot.close();
      Files.deleteIfExists(part);
      deleteFolder(work);
    }
  }

  private static boolean isZip(String contentType) {
    return contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/zip");
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  static void deleteFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Received receive(Workspace workspace, InputStream body, Path part) throws IOException {
    long used = database.inTransaction(db -> DatasetStore.bytes(db, workspace.id()));
    long room = quotaBytes - used;
    if (room < limitBytes) {
      return Received.write(body, part, Math.max(0, room), overQuota(used));
    }
    return Received.write(
        body,
        part,
        limitBytes,
        "the upload is larger than the limit of "
            + limitBytes / (1024 * 1024)
            + " MiB: split the file, or start the server with a larger --upload-limit");
  }

  private String overQuota(long used) {
    return "the upload would take this workspace's datasets above its quota of "
        + mib(quotaBytes)
        + " (it keeps "
        + mib(used)
        + "): delete datasets it no longer needs, or start the server with a larger"
        + " --workspace-quota";
  }

  private static String mib(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
        : (bytes + (1L << 20) - 1) / (1L << 20) + " MiB";
  }

  /** Reads, cleans and profiles the file in this process, as {@code icp profile --json} does. */
  private String profileHere(Path file, String fileName) throws Exception {
    if (Files.isDirectory(file)) {
      return engines.inSlot(() -> LinkedExports.profile(file, fileName, engines.memoryLimit()));
    }
    return engines.run(
        engine -> {
          Dataset dataset = Dataset.open(engine, file, DatasetOptions.defaults());
          return ProfileJson.of(dataset.profile()).put("file", fileName).toString();
        });
  }

  /** Records the dataset and audits it, checking the quota again with every upload committed. */
  private StoredDataset record(Workspace workspace, StoredDataset d, String exports) {
    long id =
        database.inTransaction(
            db -> {
              long used = DatasetStore.bytes(db, workspace.id());
              if (used + d.sizeBytes() > quotaBytes) {
                throw new ServerException(ServerException.Kind.TOO_LARGE, overQuota(used));
              }
              long created = DatasetStore.create(db, d);
              if (exports != null) {
                DatasetStore.setExports(db, created, exports);
              }
              AuditLog.record(
                  db,
                  workspace.id(),
                  d.uploadedAt(),
                  d.uploadedBy(),
                  "dataset.uploaded",
                  "dataset " + created,
                  d.name() + ", " + d.rows() + " rows, " + d.sizeBytes() + " bytes");
              return created;
            });
    return d.withId(id);
  }

  /**
   * Deletes a dataset and its file, audited. Derives that failed or were cancelled on it are
   * forgotten with it.
   *
   * @throws ServerException 409 while a version was derived from it (versions keep their source) or
   *     a derive of it is queued or running; 404 when the workspace has no such dataset
   */
  public StoredDataset delete(Workspace workspace, long id, String actor) throws IOException {
    Instant now = clock.instant();
    String[] exports = new String[1];
    StoredDataset deleted =
        database.inTransaction(
            db -> {
              StoredDataset d = DatasetStore.get(db, workspace.id(), id);
              List<Integer> versions = DatasetStore.versionsFrom(db, id);
              if (!versions.isEmpty()) {
                throw ServerException.conflict(
                    "version(s) "
                        + versions
                        + " were derived from dataset "
                        + id
                        + " and keep it as their source: it cannot be deleted");
              }
              if (DatasetStore.unfinishedJobs(db, id) > 0) {
                throw ServerException.conflict(
                    "a derive of dataset " + id + " is queued or running: cancel it first");
              }
              exports[0] = DatasetStore.exportsFile(db, id).orElse(null);
              DatasetStore.delete(db, id);
              AuditLog.record(
                  db,
                  workspace.id(),
                  now,
                  actor,
                  "dataset.deleted",
                  "dataset " + id,
                  d.name() + ", " + d.sizeBytes() + " bytes");
              return d;
            });
    Files.deleteIfExists(file(deleted));
    if (exports[0] != null) {
      Files.deleteIfExists(folder.root().resolve(exports[0]));
    }
    return deleted;
  }

  /** Returns the workspace's datasets, newest first, without profiles. */
  public List<StoredDataset> list(Workspace workspace) {
    return database.inTransaction(db -> DatasetStore.list(db, workspace.id()));
  }

  /** Returns one dataset with its profile. */
  public StoredDataset get(Workspace workspace, long id) {
    return database.inTransaction(db -> DatasetStore.get(db, workspace.id(), id));
  }

  /**
   * Fixes a column's role (and an attribute's category): profiles the dataset again with every fix
   * so far, keeps the new profile, and audits the change. Later derives use the fixes.
   *
   * @throws ServerException 400 for a column the dataset does not have or an unknown role
   */
  public StoredDataset fixColumn(
      Workspace workspace, long id, String column, String role, String category, String actor)
      throws Exception {
    StoredDataset dataset = get(workspace, id);
    String mapping = ColumnFixes.with(mapping(dataset), column, role, category);
    String profile =
        engines.run(
            engine -> {
              DatasetOptions options =
                  new DatasetOptions(
                      ReadOptions.defaults(),
                      ColumnFixes.mapping(mapping),
                      DatasetOptions.Progress.none());
              Dataset opened = Dataset.open(engine, file(dataset), options);
              if (opened.column(column).isEmpty()) {
                throw ServerException.badRequest("the dataset has no column '" + column + "'");
              }
              return ProfileJson.of(opened.profile()).put("file", dataset.name()).toString();
            });
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          DatasetStore.remap(db, id, mapping, profile);
          AuditLog.record(
              db,
              workspace.id(),
              now,
              actor,
              "dataset.column_fixed",
              "dataset " + id,
              column
                  + ": "
                  + role
                  + (category == null || category.isBlank() ? "" : ", " + category));
          return null;
        });
    return get(workspace, id);
  }

  /** Returns the fixes made to a dataset's columns, as JSON. */
  public String mapping(StoredDataset dataset) {
    return database.inTransaction(db -> DatasetStore.mapping(db, dataset.id()));
  }

  /** Returns the scratch folder for batch scoring's files. */
  public Path workFolder() {
    return folder.work();
  }

  /** Returns the workspace's newest dataset assembled from linked exports, if any. */
  public Optional<StoredDataset> latestLinked(Workspace workspace) {
    return database.inTransaction(db -> DatasetStore.latestLinked(db, workspace.id()));
  }

  /** Returns the zip of linked exports kept with a dataset, if it was uploaded as one. */
  public Optional<Path> exports(StoredDataset dataset) {
    return database
        .inTransaction(db -> DatasetStore.exportsFile(db, dataset.id()))
        .map(f -> folder.root().resolve(f));
  }

  /**
   * Unpacks the zip of linked exports kept with a dataset into the new folder {@code dir} and
   * returns its sources.yaml (inferred as at the upload when the zip had none), with the
   * workspace's review decisions written beside it ({@link MatchReviews}): what every assemble of
   * the exports on the server reads.
   *
   * @throws ServerException 409 when the dataset was not uploaded as a zip of exports
   */
  public Path unpackExports(StoredDataset dataset, Path dir) throws IOException {
    Path yaml = MatchReviews.unpackAsUploaded(this, engines, dataset, dir);
    MatchReviews.writeDecisions(database, dataset.workspaceId(), dir);
    return yaml;
  }

  /** Returns where a dataset's file is. */
  public Path file(StoredDataset dataset) {
    return folder.root().resolve(dataset.storedFile());
  }
}
