package org.icpengine.sample.linked;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How opportunities key their accounts, and what the contacts' titles and committees look like. */
class KeysAndTitlesTest {
  private static final Pattern FINANCE =
      Pattern.compile(
          "financ|\\bcfo\\b|controller|accountant|fp&a|comptab|contrôleur|\\bdaf\\b|buchhalt",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern VP_OR_ABOVE =
      Pattern.compile(
          "\\bs?vp\\b|vice president|chief|\\bc[a-z]?o\\b|founder|president|président|\\bpdg\\b"
              + "|geschäftsführ|vorstand|director general|consejero|diretor executivo|diretor geral",
          Pattern.CASE_INSENSITIVE);

  @TempDir static Path dir;
  static List<PlantedAccount> planted;
  static Table opportunities;
  static Table contacts;
  static Table roles;

  @BeforeAll
  static void writeExport() throws IOException {
    LinkedSample sample = LinkedSample.builder().seed(11).build();
    LinkedSampleFiles files = sample.write(dir);
    planted = sample.plantedAccounts();
    opportunities = Table.read(files.opportunities());
    contacts = Table.read(files.contacts());
    roles = Table.read(files.contactRoles());
  }

  @Test
  void opportunities_carryIdDomainOrNameVariant_inTheDesignedShares() {
    Set<String> ids = planted.stream().map(PlantedAccount::id).collect(Collectors.toSet());
    Set<String> domains = planted.stream().map(PlantedAccount::domain).collect(Collectors.toSet());
    Set<String> names =
        planted.stream().map(a -> NameVariants.fold(a.name())).collect(Collectors.toSet());
    Set<String> exact = planted.stream().map(PlantedAccount::name).collect(Collectors.toSet());
    int byId = 0;
    int byDomain = 0;
    int byName = 0;
    int variants = 0;
    for (List<String> row : opportunities.rows()) {
      String id = opportunities.value(row, "AccountId");
      String website = opportunities.value(row, "Account.Website");
      String name = opportunities.value(row, "Account.Name");
      if (!id.isEmpty()) {
        assertThat(ids).contains(id);
        byId++;
      } else if (!website.isEmpty()) {
        assertThat(domains)
            .contains(
                website
                    .replaceFirst("^https?://", "")
                    .replaceFirst("^www\\.", "")
                    .replace("/", ""));
        byDomain++;
      } else {
        assertThat(names).contains(NameVariants.fold(name));
        byName++;
        variants += exact.contains(name) ? 0 : 1;
      }
    }
    double total = opportunities.rows().size();
    assertThat(byId / total).isBetween(0.77, 0.83);
    assertThat(byDomain / total).isBetween(0.08, 0.12);
    assertThat(byName / total).isBetween(0.08, 0.12);
    assertThat(variants / (double) byName).isGreaterThan(0.7);
  }

  @Test
  void nameVariants_differFromTheNameButFoldToIt() {
    assertThat(NameVariants.fold("ACME CORPORATION LTD"))
        .isEqualTo(NameVariants.fold("Acme Corp."));
    assertThat(NameVariants.fold("Blue \"Harbor\" Health, Inc.")).isEqualTo("blue harbor health");
    assertThat(NameVariants.fold("Cedar Labs Pvt Ltd")).isEqualTo("cedar labs");
  }

  @Test
  void titles_spreadOverFunctionsSenioritiesAndLanguages() {
    Set<String> titles = contacts.column("Title").collect(Collectors.toSet());

    assertThat(titles).hasSizeGreaterThan(150);
    assertThat(titles).anyMatch(t -> t.startsWith("Directeur") || t.startsWith("Responsable"));
    assertThat(titles).anyMatch(t -> t.startsWith("Leiter") || t.startsWith("Geschäftsführer"));
    assertThat(titles).anyMatch(t -> t.startsWith("Director de") || t.startsWith("Jefe de"));
    assertThat(titles).anyMatch(t -> t.startsWith("Gerente") || t.startsWith("Diretor"));
    double blank =
        contacts.column("Title").filter(String::isBlank).count() / (double) contacts.rows().size();
    assertThat(blank).isBetween(0.02, 0.07);
  }

  @Test
  void plantedContacts_followContactsFileAndCoverEveryFunctionAndSeniority() {
    List<PlantedContact> truth = LinkedSample.builder().seed(11).build().plantedContacts();

    assertThat(truth).extracting(PlantedContact::id).isEqualTo(contacts.column("Id").toList());
    assertThat(truth.stream().map(PlantedContact::function).distinct()).hasSize(9);
    assertThat(truth.stream().map(PlantedContact::seniority).distinct()).hasSize(6);
    for (int i = 0; i < truth.size(); i++) {
      String title = contacts.value(contacts.rows().get(i), "Title");
      if (truth.get(i).function().equals("finance") && !title.isBlank()) {
        assertThat(title).containsPattern("(?iu)" + FINANCE.pattern() + "|finanz|kaufmänn");
      }
    }
  }

  @Test
  void wonNewBusinessWithPlantedFits_usuallyIncludesFinanceAndVpOrAbove() {
    Map<String, String> titleOf = new HashMap<>();
    contacts
        .rows()
        .forEach(row -> titleOf.put(contacts.value(row, "Id"), contacts.value(row, "Title")));
    Map<String, List<String>> committee = new HashMap<>();
    roles
        .rows()
        .forEach(
            row ->
                committee
                    .computeIfAbsent(roles.value(row, "OpportunityId"), k -> new ArrayList<>())
                    .add(titleOf.get(roles.value(row, "ContactId"))));
    Set<String> fits =
        planted.stream()
            .filter(PlantedAccount::fit)
            .map(PlantedAccount::id)
            .collect(Collectors.toSet());
    double[][] counts = new double[2][3];
    for (List<String> row : opportunities.rows()) {
      String account = opportunities.value(row, "AccountId");
      if (account.isEmpty()
          || !opportunities.value(row, "StageName").equals("Closed Won")
          || !opportunities.value(row, "Name").endsWith(" - New Business")) {
        continue;
      }
      List<String> titles = committee.getOrDefault(opportunities.value(row, "Id"), List.of());
      double[] group = counts[fits.contains(account) ? 0 : 1];
      group[0]++;
      group[1] += titles.stream().anyMatch(t -> FINANCE.matcher(t).find()) ? 1 : 0;
      group[2] +=
          titles.stream().anyMatch(t -> VP_OR_ABOVE.matcher(t.toLowerCase(Locale.ROOT)).find())
              ? 1
              : 0;
    }
    assertThat(counts[0][0]).isGreaterThan(40);
    assertThat(counts[0][1] / counts[0][0])
        .isGreaterThan(0.6)
        .isGreaterThan(1.4 * counts[1][1] / counts[1][0]);
    assertThat(counts[0][2] / counts[0][0])
        .isGreaterThan(0.6)
        .isGreaterThan(1.4 * counts[1][2] / counts[1][0]);
  }
}
