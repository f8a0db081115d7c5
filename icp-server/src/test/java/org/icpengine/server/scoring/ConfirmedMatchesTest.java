package org.icpengine.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Confirmed column matches on both backends: remembered per workspace, replaced, audited. */
class ConfirmedMatchesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void confirmedMatchesAreRememberedPerWorkspaceAndReplaced(Backend backend) {
    try (Database db = Database.open(DatabaseSettings.from(backend.environment(), dir))) {
      Migrations.migrate(db);
      Clock clock = Clock.systemUTC();
      Workspace acme = db.inTransaction(c -> WorkspaceStore.create(c, "acme", clock.instant()));
      Workspace globex = db.inTransaction(c -> WorkspaceStore.create(c, "globex", clock.instant()));
      ConfirmedMatches matches = new ConfirmedMatches(db, clock);
      Map<String, String> first = new LinkedHashMap<>();
      first.put("Tech Stack", "Technologies");
      first.put("Billing Country", "Country/Region");
      matches.confirm(acme, first, "ana@acme.test");
      matches.confirm(acme, Map.of("Tech Stack", "Installed Tools"), "bo@acme.test");
      assertThat(matches.asMap(acme))
          .containsExactly(
              Map.entry("Billing Country", "Country/Region"),
              Map.entry("Tech Stack", "Installed Tools"));
      assertThat(matches.list(acme))
          .filteredOn(m -> m.modelColumn().equals("Tech Stack"))
          .singleElement()
          .extracting(ConfirmedMatch::confirmedBy)
          .isEqualTo("bo@acme.test");
      assertThat(matches.list(globex)).isEmpty();
      java.util.List<org.icpengine.server.audit.AuditEntry> audit =
          db.inTransaction(c -> AuditLog.list(c, acme.id(), null, 10));
      assertThat(audit)
          .anySatisfy(
              e -> {
                assertThat(e.action()).isEqualTo("column_matches.confirmed");
                assertThat(e.detail()).isEqualTo("Tech Stack \u2190 Installed Tools");
              });
      assertThatThrownBy(() -> matches.confirm(acme, Map.of(), "ana@acme.test"))
          .isInstanceOf(ServerException.class);
      assertThatThrownBy(() -> matches.confirm(acme, Map.of("Industry", " "), "ana@acme.test"))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("1 to 300 characters");
    }
  }
}
