package org.icpengine.data.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.personas.PersonaOptions;
import org.icpengine.data.personas.Personas;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.data.sources.SourcesYaml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The funnel and the personas read the enriched account table: with the accounts' tech stack
 * blanked in the CRM and supplied by an enrichment file, their tiers are those of the original
 * export, and without the file they are not.
 */
class FunnelAccountsTest {
  @TempDir static Path dir;
  private static Path original;
  private static Path blanked;
  private static Path enriched;

  @BeforeAll
  static void exports() throws IOException {
    LinkedFunnelSample sample = LinkedFunnelSample.get();
    original = sample.sources();
    Sources sources = SourcesFile.read(original);
    Path linked = Files.createDirectories(dir.resolve("linked"));
    SourceEntry accounts = sources.only(SourceKind.ACCOUNTS).orElseThrow();
    for (SourceEntry entry : sources.used()) {
      Path from = sources.path(entry);
      if (entry != accounts) {
        Files.copy(from, dir.resolve(entry.file()));
      }
    }
    Path crm = sources.path(accounts);
    try (Engine engine = Engine.open(EngineAccess.reading(crm))) {
      String read =
          "read_csv(" + Engine.literal(engine.readable(crm).toString()) + ", all_varchar = true)";
      engine.copy(
          "SELECT * REPLACE (NULL AS \"Tech_Stack__c\") FROM " + read,
          "(FORMAT csv, HEADER true)",
          dir.resolve(accounts.file()));
      engine.copy(
          "SELECT \"Name\" AS \"Company\", \"Website\", \"Tech_Stack__c\" FROM " + read,
          "(FORMAT csv, HEADER true)",
          linked.resolve("technographics.csv"));
    }
    blanked = write("blanked.yaml", sources.entries());
    List<SourceEntry> withVendor = new ArrayList<>(sources.entries());
    withVendor.add(
        new SourceEntry(
            "technographics",
            "linked/technographics.csv",
            Optional.of(SourceKind.ENRICHMENT),
            Optional.empty(),
            Map.of(SourceRole.ACCOUNT_NAME, "Company", SourceRole.DOMAIN, "Website"),
            Optional.empty()));
    enriched = write("enriched.yaml", withVendor);
  }

  private static Path write(String name, List<SourceEntry> entries) throws IOException {
    Path yaml = dir.resolve(name);
    SourcesYaml.write(
        yaml,
        new Sources(dir, entries, SourcesFile.read(original).options()),
        dir.resolve("linked").toString());
    return yaml;
  }

  @Test
  void funnel_scoresTheOpportunitiesOverTheEnrichedAccounts() {
    Path icp = LinkedFunnelSample.get().icp();
    Map<String, Long> tiers = Funnel.run(original, icp, FunnelOptions.defaults()).tiers();
    assertThat(Funnel.run(enriched, icp, FunnelOptions.defaults()).tiers()).isEqualTo(tiers);
    assertThat(Funnel.run(blanked, icp, FunnelOptions.defaults()).tiers()).isNotEqualTo(tiers);
  }

  @Test
  void personas_tierTheEnrichedAccounts() {
    Path icp = LinkedFunnelSample.get().icp();
    Map<String, Long> tiers =
        Personas.derive(original, icp, PersonaOptions.defaults()).accountsByTier();
    assertThat(Personas.derive(enriched, icp, PersonaOptions.defaults()).accountsByTier())
        .isEqualTo(tiers);
    assertThat(Personas.derive(blanked, icp, PersonaOptions.defaults()).accountsByTier())
        .isNotEqualTo(tiers);
  }
}
