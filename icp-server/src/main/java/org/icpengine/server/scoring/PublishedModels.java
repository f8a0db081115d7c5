package org.icpengine.server.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.data.fit.AccountScorer;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.fit.ScoreModel;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * The published version of each workspace, parsed once and kept: this process forgets it when it
 * publishes, and every server re-reads it after {@link #TTL} so servers sharing one PostgreSQL
 * database follow another's publishing within that time.
 */
public final class PublishedModels {
  /** How long a published model is used before the database is asked again. */
  public static final Duration TTL = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database database;
  private final Clock clock;
  private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

  private record Entry(Published published, Instant until) {}

  /** Creates the cache. */
  public PublishedModels(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Returns the workspace's published version.
   *
   * @throws ServerException 409 when nothing is published yet
   */
  public Published of(Workspace workspace) {
    Instant now = clock.instant();
    Entry entry = cache.get(workspace.id());
    if (entry != null && entry.until().isAfter(now)) {
      return entry.published();
    }
    Published published = load(workspace);
    cache.put(workspace.id(), new Entry(published, now.plus(TTL)));
    return published;
  }

  /** Forgets every cached model, after a publish or archive. */
  public void forget() {
    cache.clear();
  }

  private Published load(Workspace workspace) {
    Version version =
        database.inTransaction(
            db -> {
              Workspace current = WorkspaceStore.get(db, workspace.id());
              if (current.publishedVersion() == null) {
                throw ServerException.conflict(
                    "workspace '"
                        + workspace.name()
                        + "' has no published ICP yet: publish a version first");
              }
              return VersionStore.byId(db, current.publishedVersion()).orElseThrow();
            });
    ScoreModel model;
    try {
      model = ModelFile.of(JSON.readTree(version.icp()), "version " + version.number());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored version is not JSON", e);
    }
    return new Published(version.number(), model, new AccountScorer(model));
  }
}
