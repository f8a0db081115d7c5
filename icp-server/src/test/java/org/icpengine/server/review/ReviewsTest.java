package org.icpengine.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditEntry;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionState;
import org.icpengine.server.version.Versions;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The review on both backends: publishing waits for the required departments' approval. */
class ReviewsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void publishingWaitsForTheRequiredDepartments(Backend backend) throws Exception {
    try (Database db = Database.open(DatabaseSettings.from(backend.environment(), dir))) {
      Migrations.migrate(db);
      Clock clock = Clock.systemUTC();
      Workspace w = db.inTransaction(c -> WorkspaceStore.create(c, "acme", clock.instant()));
      Versions versions = new Versions(db, clock, () -> {}, new Reviews.Gate());
      Reviews reviews = new Reviews(db, clock);
      Version v =
          versions.importIcp(w, new ObjectMapper().readTree(SampleIcp.get().icp()), "", "ana");
      reviews.setRequired(w, EnumSet.of(Department.SALES, Department.FINANCE), "admin");
      assertThatThrownBy(() -> reviews.signOff(w, 1, Department.SALES, true, "", "sam"))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("sign off versions in review");
      versions.move(w, 1, v.revision(), VersionState.IN_REVIEW, "ana");
      assertThatThrownBy(() -> versions.move(w, 1, 2, VersionState.PUBLISHED, "admin"))
          .hasMessageContaining("still needs the approval of Sales, Finance");
      reviews.signOff(w, 1, Department.FINANCE, true, "LTV:CAC holds", "fay");
      reviews.signOff(w, 1, Department.SALES, false, "too narrow", "sam");
      assertThatThrownBy(() -> versions.move(w, 1, 2, VersionState.PUBLISHED, "admin"))
          .hasMessageContaining("approval of Sales before");
      reviews.comment(w, 1, "Industry is Fintech", null, "Is this only EU fintech?", "sam");
      long parent = reviews.comments(w, 1).get(0).id();
      reviews.comment(w, 1, "Industry is Fintech", parent, "No: all regions.", "ana");
      assertThat(reviews.comments(w, 1))
          .extracting(Comment::parentId)
          .containsExactly(null, parent);
      reviews.signOff(w, 1, Department.SALES, true, "", "sam");
      assertThat(versions.move(w, 1, 2, VersionState.PUBLISHED, "admin").state())
          .isEqualTo(VersionState.PUBLISHED);
      List<AuditEntry> log = db.inTransaction(c -> AuditLog.list(c, w.id(), null, 50));
      assertThat(log)
          .extracting(AuditEntry::action)
          .contains(
              "signoff.approved",
              "signoff.changes_requested",
              "comment.added",
              "settings.signoffs",
              "version.published");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void goingBackToDraftForgetsTheSignOffs(Backend backend) throws Exception {
    try (Database db = Database.open(DatabaseSettings.from(backend.environment(), dir))) {
      Migrations.migrate(db);
      Clock clock = Clock.systemUTC();
      Workspace w = db.inTransaction(c -> WorkspaceStore.create(c, "acme", clock.instant()));
      Versions versions = new Versions(db, clock, () -> {}, new Reviews.Gate());
      Reviews reviews = new Reviews(db, clock);
      versions.importIcp(w, new ObjectMapper().readTree(SampleIcp.get().icp()), "", "ana");
      reviews.setRequired(w, EnumSet.of(Department.PRODUCT), "admin");
      versions.move(w, 1, 1, VersionState.IN_REVIEW, "ana");
      reviews.signOff(w, 1, Department.PRODUCT, true, "", "pat");
      versions.move(w, 1, 2, VersionState.DRAFT, "ana");
      assertThat(reviews.signOffs(w, 1)).isEmpty();
      versions.move(w, 1, 3, VersionState.IN_REVIEW, "ana");
      assertThatThrownBy(() -> versions.move(w, 1, 4, VersionState.PUBLISHED, "admin"))
          .hasMessageContaining("Product");
      assertThatThrownBy(() -> reviews.comment(w, 1, "x", null, "  ", "ana"))
          .hasMessageContaining("1 to 4000 characters");
    }
  }
}
