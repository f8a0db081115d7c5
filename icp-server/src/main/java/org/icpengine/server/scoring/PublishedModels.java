package org.icpengine.server.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.icpengine.data.fit.ColumnMatcher;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * The published version of each workspace, parsed once and kept. This process forgets it when it
 * publishes; after {@link #TTL} one request checks which version is published (one small query, so
 * servers sharing a PostgreSQL database follow each other's publishing) while the others go on
 * scoring with the model they have; the model is parsed again only when the version changed.
 */
public final class PublishedModels {
  /** How long a published model is used before the database is asked again. */
  public static final Duration TTL = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database database;
  private final Clock clock;
  private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

  private static final class Entry {
    final Published published;
    final long versionId;
    final Instant until;
    final AtomicBoolean checking = new AtomicBoolean();

    Entry(Published published, long versionId, Instant until) {
      this.published = published;
      this.versionId = versionId;
      this.until = until;
    }
  }

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
    if (entry != null) {
      if (entry.until.isAfter(now) || !entry.checking.compareAndSet(false, true)) {
        return entry.published;
      }
      if (Long.valueOf(entry.versionId).equals(publishedId(workspace))) {
        cache.put(workspace.id(), new Entry(entry.published, entry.versionId, now.plus(TTL)));
        return entry.published;
      }
    }
    synchronized (this) {
      Entry again = cache.get(workspace.id());
      if (again != null && again != entry && again.until.isAfter(now)) {
        return again.published;
      }
      Version version = load(workspace);
      Published published = parse(version);
      cache.put(workspace.id(), new Entry(published, version.id(), now.plus(TTL)));
      return published;
    }
  }

  /** Forgets every cached model, after a publish or archive. */
  public void forget() {
    cache.clear();
  }

  private Long publishedId(Workspace workspace) {
    return database.inTransaction(db -> WorkspaceStore.get(db, workspace.id()).publishedVersion());
  }

  private Version load(Workspace workspace) {
    return database.inTransaction(
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
  }

  private static Published parse(Version version) {
    ScoreModel model = ModelFile.parse(version.icp(), "version " + version.number());
    return new Published(
        version.number(), model, new AccountScorer(model), new ColumnMatcher(model));
  }
}
