package org.icpengine.sample.linked;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedProspectsTest {
  @TempDir Path dir;

  private LinkedProspects.ProspectFiles write(Path folder) throws IOException {
    return new LinkedProspects(11, 300, 200)
        .write(folder.resolve("prospects.csv"), folder.resolve("technographics.csv"));
  }

  @Test
  void write_isByteIdenticalForTheSameSeed() throws IOException {
    LinkedProspects.ProspectFiles one = write(dir.resolve("one"));
    LinkedProspects.ProspectFiles two = write(dir.resolve("two"));
    assertThat(Files.readAllBytes(one.prospects())).isEqualTo(Files.readAllBytes(two.prospects()));
    assertThat(Files.readAllBytes(one.enrichment()))
        .isEqualTo(Files.readAllBytes(two.enrichment()));
  }

  @Test
  void prospects_areNoAccountAndMostlyLackATechStack() throws IOException {
    LinkedProspects.ProspectFiles files = write(dir);
    LinkedSample.builder().seed(11).accounts(300).build().write(dir.resolve("linked"));
    Table accounts = Table.read(dir.resolve("linked/accounts.csv"));
    Table prospects = Table.read(files.prospects());
    assertThat(prospects.header()).isEqualTo(LinkedProspects.PROSPECT_HEADER);
    assertThat(prospects.rows()).hasSize(200);
    Set<String> accountIds = new HashSet<>(accounts.column("Id").toList());
    Set<String> accountNames = new HashSet<>(accounts.column("Name").toList());
    assertThat(prospects.column("Id")).noneMatch(accountIds::contains).doesNotHaveDuplicates();
    assertThat(prospects.column("Name")).noneMatch(accountNames::contains);
    long known = prospects.column("Tech_Stack__c").filter(s -> !s.isEmpty()).count();
    assertThat(known).isBetween(10L, 55L);
    List<PlantedAccount> truth = new LinkedProspects(11, 300, 200).plantedProspects();
    assertThat(truth.stream().map(PlantedAccount::id).toList())
        .isEqualTo(prospects.column("Id").toList());
  }

  @Test
  void vendorFile_coversMostProspectsAndSomeAccounts() throws IOException {
    LinkedProspects.ProspectFiles files = write(dir);
    Table vendor = Table.read(files.enrichment());
    assertThat(vendor.header()).isEqualTo(LinkedProspects.ENRICHMENT_HEADER);
    assertThat(vendor.rows()).hasSize(300 / 2 + 200 * 3 / 2);
    Set<String> names = new HashSet<>(vendor.column("Company").toList());
    long prospectsNamed =
        Table.read(files.prospects()).column("Name").filter(names::contains).count();
    // a tenth of the rows name a company as the CRM writes it; the rest are variants or decoys
    assertThat(prospectsNamed).isPositive();
    assertThat(vendor.column("Tech_Stack__c").filter(s -> !s.isEmpty()).count())
        .isGreaterThan(vendor.rows().size() * 9L / 10);
    assertThat(vendor.column("NumberOfEmployees").filter(s -> s.matches("\\d+")).count())
        .isGreaterThan(vendor.rows().size() * 8L / 10);
  }
}
