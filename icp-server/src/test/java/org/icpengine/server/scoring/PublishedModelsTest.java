package org.icpengine.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published model is parsed once, rechecked cheaply, and follows another server's publish. */
class PublishedModelsTest {
  @TempDir Path dir;

  @Test
  void keepsTheParsedModelUntilAnotherVersionIsPublished() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
      Migrations.migrate(db);
      String icp = SampleIcp.get().icp();
      Workspace w = db.inTransaction(c -> WorkspaceStore.create(c, "acme", now.get()));
      Version first =
          db.inTransaction(
              c -> VersionStore.create(c, w.id(), "imported", null, "", icp, now.get(), "t"));
      Version second =
          db.inTransaction(
              c -> VersionStore.create(c, w.id(), "imported", null, "", icp, now.get(), "t"));
      publish(db, w, first);
      PublishedModels models = new PublishedModels(db, clock);
      Published loaded = models.of(w);
      assertThat(loaded.versionNumber()).isEqualTo(1);

      now.set(now.get().plus(PublishedModels.TTL).plusSeconds(1));
      assertThat(models.of(w)).as("same version: not parsed again").isSameAs(loaded);

      publish(db, w, second); // as another server sharing the database would
      assertThat(models.of(w)).as("within the TTL").isSameAs(loaded);
      now.set(now.get().plus(PublishedModels.TTL).plusSeconds(1));
      assertThat(models.of(w).versionNumber()).isEqualTo(2);
    }
  }

  private static void publish(Database db, Workspace w, Version v) {
    db.inTransaction(
        c -> {
          WorkspaceStore.publish(c, w.id(), v.id());
          return null;
        });
  }
}
