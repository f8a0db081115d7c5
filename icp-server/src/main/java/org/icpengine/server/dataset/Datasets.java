package org.icpengine.server.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.ProfileJson;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Secrets;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.DataFolder;
import org.icpengine.server.store.Database;
import org.icpengine.server.workspace.Workspace;

/**
 * Takes uploads: the body is streamed to {@code uploads/} under the size limit, read, cleaned and
 * profiled as {@code icp profile} does, moved into {@code datasets/} and only then recorded. Any
 * failure on the way deletes the partial file, so an interrupted upload leaves nothing.
 */
public final class Datasets {
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

  private final Database database;
  private final DataFolder folder;
  private final Engines engines;
  private final Clock clock;
  private final long limitBytes;

  /** Creates the service; uploads above {@code limitBytes} are refused. */
  public Datasets(
      Database database, DataFolder folder, Engines engines, Clock clock, long limitBytes) {
    this.database = database;
    this.folder = folder;
    this.engines = engines;
    this.clock = clock;
    this.limitBytes = limitBytes;
  }

  /** Returns the upload limit in bytes. */
  public long limitBytes() {
    return limitBytes;
  }

  /**
   * Stores an upload.
   *
   * @throws ServerException 413 above the limit, 422 when the file cannot be read as a dataset
   */
  public StoredDataset upload(Workspace workspace, String name, InputStream body, String actor)
      throws Exception {
    String fileName = checkName(name);
    String stored = Secrets.random().substring(0, 22) + "." + extension(fileName);
    Path part = folder.uploads().resolve(stored);
    Path target = folder.datasets().resolve(stored);
    try {
      Received received = receive(body, part);
      String profile =
          engines.run(
              engine -> {
                Dataset dataset = Dataset.open(engine, part, DatasetOptions.defaults());
                return ProfileJson.of(dataset.profile()).put("file", fileName).toString();
              });
      long rows =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(profile).get("rows").asLong();
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      Instant now = clock.instant();
      StoredDataset record =
          new StoredDataset(
              0,
              workspace.id(),
              fileName,
              "datasets/" + stored,
              received.size(),
              received.sha256(),
              rows,
              profile,
              now,
              actor);
      long id =
          database.inTransaction(
              db -> {
                long created = DatasetStore.create(db, record);
                AuditLog.record(
                    db,
                    workspace.id(),
                    now,
                    actor,
                    "dataset.uploaded",
                    "dataset " + created,
                    fileName + ", " + rows + " rows, " + received.size() + " bytes");
                return created;
              });
      return new StoredDataset(
          id,
          workspace.id(),
          fileName,
          record.storedFile(),
          received.size(),
          received.sha256(),
          rows,
          profile,
          now,
          actor);
    } catch (InputException e) {
      throw new ServerException(ServerException.Kind.UNPROCESSABLE, e.getMessage());
    } catch (Exception | Error e) {
      Files.deleteIfExists(target);
      throw e;
    } finally {
      Files.deleteIfExists(part);
    }
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
                      org.icpengine.data.source.ReadOptions.defaults(),
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

  /** Returns where a dataset's file is. */
  public Path file(StoredDataset dataset) {
    return folder.root().resolve(dataset.storedFile());
  }

  private record Received(long size, String sha256) {}

  private Received receive(InputStream body, Path part) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 0;
    try (InputStream in = new DigestInputStream(body, sha);
        OutputStream out = DataFolder.createPrivate(part)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        size += n;
        if (size > limitBytes) {
          throw new ServerException(
              ServerException.Kind.TOO_LARGE,
              "the upload is larger than the limit of "
                  + limitBytes / (1024 * 1024)
                  + " MiB: split the file, or start the server with a larger --upload-limit");
        }
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE, "the upload is empty: send the file as the body");
    }
    return new Received(size, HexFormat.of().formatHex(sha.digest()));
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw ServerException.badRequest(
          "give the file's name as ?name=customers.csv, so its format is known");
    }
    String base = Path.of(name.replace('\\', '/')).getFileName().toString().trim();
    if (base.isEmpty() || base.length() > 200) {
      throw ServerException.badRequest("the name '" + name + "' is not a file name");
    }
    return base;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return EXTENSION.matcher(ext).matches() ? ext : "csv";
  }
}
