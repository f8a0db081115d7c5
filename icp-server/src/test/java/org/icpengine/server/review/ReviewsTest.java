package org.icpengine.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Caller;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.UserStore;
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
      Caller sam = member(db, w, "sam@acme.test", "sales");
      Caller fay = member(db, w, "fay@acme.test", "finance");
      reviews.setRequired(w, EnumSet.of(Department.SALES, Department.FINANCE), "admin");
      assertThatThrownBy(() -> reviews.signOff(w, 1, Department.SALES, true, "", sam))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("sign off versions in review");
      versions.move(w, 1, v.revision(), VersionState.IN_REVIEW, "ana");
      assertThatThrownBy(() -> versions.move(w, 1, 2, VersionState.PUBLISHED, "admin"))
          .hasMessageContaining("still needs the approval of Sales, Finance");
      reviews.signOff(w, 1, Department.FINANCE, true, "LTV:CAC holds", fay);
      reviews.signOff(w, 1, Department.SALES, false, "too narrow", sam);
      assertThatThrownBy(() -> versions.move(w, 1, 2, VersionState.PUBLISHED, "admin"))
          .hasMessageContaining("approval of Sales before");
      reviews.comment(w, 1, "Industry is Fintech", null, "Is this only EU fintech?", "sam");
      long parent = reviews.comments(w, 1).get(0).id();
      reviews.comment(w, 1, "Industry is Fintech", parent, "No: all regions.", "ana");
      assertThat(reviews.comments(w, 1))
          .extracting(Comment::parentId)
          .containsExactly(null, parent);
      reviews.signOff(w, 1, Department.SALES, true, "", sam);
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
      Caller pat = member(db, w, "pat@acme.test", "product");
      versions.move(w, 1, 1, VersionState.IN_REVIEW, "ana");
      reviews.signOff(w, 1, Department.PRODUCT, true, "", pat);
      versions.move(w, 1, 2, VersionState.DRAFT, "ana");
      assertThat(reviews.signOffs(w, 1)).isEmpty();
      versions.move(w, 1, 3, VersionState.IN_REVIEW, "ana");
      assertThatThrownBy(() -> versions.move(w, 1, 4, VersionState.PUBLISHED, "admin"))
          .hasMessageContaining("Product");
      assertThatThrownBy(() -> reviews.comment(w, 1, "x", null, "  ", "ana"))
          .hasMessageContaining("1 to 4000 characters");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aMemberSignsOffForTheirOwnDepartmentOnly(Backend backend) throws Exception {
    try (Database db = Database.open(DatabaseSettings.from(backend.environment(), dir))) {
      Migrations.migrate(db);
      Clock clock = Clock.systemUTC();
      Workspace w = db.inTransaction(c -> WorkspaceStore.create(c, "acme", clock.instant()));
      Versions versions = new Versions(db, clock, () -> {}, new Reviews.Gate());
      Reviews reviews = new Reviews(db, clock);
      versions.importIcp(w, new ObjectMapper().readTree(SampleIcp.get().icp()), "", "ana");
      versions.move(w, 1, 1, VersionState.IN_REVIEW, "ana");
      Caller mia = member(db, w, "mia@acme.test", "marketing");
      Caller nobody = member(db, w, "nod@acme.test", null);
      assertThatThrownBy(() -> reviews.signOff(w, 1, Department.FINANCE, true, "", mia))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("is in Marketing and signs off for Marketing only");
      assertThatThrownBy(() -> reviews.signOff(w, 1, Department.SALES, true, "", nobody))
          .hasMessageContaining("belongs to no department");
      assertThatThrownBy(
              () ->
                  reviews.signOff(
                      w, 1, Department.SALES, true, "", Caller.token("crm", w.id(), Role.ADMIN)))
          .hasMessageContaining("an API token cannot sign off");
      reviews.signOff(w, 1, Department.MARKETING, true, "", mia);
      db.inTransaction(
          c -> {
            long id = UserStore.find(c, "mia@acme.test").orElseThrow().id();
            return WorkspaceStore.setDepartment(c, w.id(), id, "finance");
          });
      assertThatThrownBy(() -> reviews.signOff(w, 1, Department.FINANCE, true, "", mia))
          .hasMessageContaining("already signed off this version for Marketing");
      assertThat(reviews.signOffs(w, 1))
          .extracting(SignOff::department)
          .containsExactly(Department.MARKETING);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anArchivedVersionGoesThroughReviewAgainToBePublishedAgain(Backend backend) throws Exception {
    try (Database db = Database.open(DatabaseSettings.from(backend.environment(), dir))) {
      Migrations.migrate(db);
      Clock clock = Clock.systemUTC();
      Workspace w = db.inTransaction(c -> WorkspaceStore.create(c, "acme", clock.instant()));
      Versions versions = new Versions(db, clock, () -> {}, new Reviews.Gate());
      Reviews reviews = new Reviews(db, clock);
      Caller sam = member(db, w, "sam@acme.test", "sales");
      reviews.setRequired(w, EnumSet.of(Department.SALES), "admin");
      for (int number = 1; number <= 2; number++) {
        versions.importIcp(w, new ObjectMapper().readTree(SampleIcp.get().icp()), "", "ana");
        versions.move(w, number, 1, VersionState.IN_REVIEW, "ana");
        reviews.signOff(w, number, Department.SALES, true, "", sam);
        versions.move(w, number, 2, VersionState.PUBLISHED, "admin");
      }
      Version archived = versions.get(w, 1);
      assertThat(archived.state()).isEqualTo(VersionState.ARCHIVED);
      versions.move(w, 1, archived.revision(), VersionState.IN_REVIEW, "ana");
      assertThat(reviews.signOffs(w, 1)).isEmpty();
      assertThatThrownBy(
              () -> versions.move(w, 1, archived.revision() + 1, VersionState.PUBLISHED, "admin"))
          .hasMessageContaining("still needs the approval of Sales");
      reviews.signOff(w, 1, Department.SALES, true, "back to the old ICP", sam);
      versions.move(w, 1, archived.revision() + 1, VersionState.PUBLISHED, "admin");
      assertThat(versions.get(w, 2).state()).isEqualTo(VersionState.ARCHIVED);
      Workspace now = db.inTransaction(c -> WorkspaceStore.get(c, w.id()));
      assertThat(now.publishedVersion()).isEqualTo(archived.id());
      List<AuditEntry> log = db.inTransaction(c -> AuditLog.list(c, w.id(), null, 50));
      assertThat(log).extracting(AuditEntry::action).contains("version.rollback_proposed");
    }
  }

  /** Adds a member of the workspace with the department (or none) and returns them as a caller. */
  private static Caller member(Database db, Workspace w, String email, String department) {
    long id =
        db.inTransaction(
            c -> {
              long user = UserStore.put(c, email, "x", java.time.Instant.now());
              WorkspaceStore.setMember(c, w.id(), user, Role.EDITOR);
              WorkspaceStore.setDepartment(c, w.id(), user, department);
              return user;
            });
    return Caller.user(id, email, "csrf");
  }
}
