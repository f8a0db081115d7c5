package org.icpengine.sample.linked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedSampleTest {
  @TempDir static Path dir;
  static LinkedSample sample;
  static LinkedSampleFiles files;

  @BeforeAll
  static void writeExport() throws IOException {
    sample = LinkedSample.builder().seed(7).accounts(1_500).build();
    files = sample.write(dir);
  }

  @Test
  void write_sameSeed_writesIdenticalBytes(@TempDir Path first, @TempDir Path second)
      throws IOException {
    LinkedSampleFiles a = LinkedSample.builder().seed(3).accounts(300).build().write(first);
    LinkedSampleFiles b = LinkedSample.builder().seed(3).accounts(300).build().write(second);

    for (int i = 0; i < a.all().size(); i++) {
      assertThat(Files.readAllBytes(b.all().get(i)))
          .as(a.all().get(i).getFileName().toString())
          .isEqualTo(Files.readAllBytes(a.all().get(i)));
    }
  }

  @Test
  void write_otherSeed_writesOtherAccounts(@TempDir Path other) throws IOException {
    LinkedSampleFiles a = LinkedSample.builder().seed(4).accounts(300).build().write(other);

    assertThat(Files.readAllBytes(a.accounts())).isNotEqualTo(Files.readAllBytes(files.accounts()));
  }

  @Test
  void write_namesTheEightFilesInTheFolder() {
    assertThat(files.all())
        .extracting(path -> path.getFileName().toString())
        .containsExactly(
            "accounts.csv",
            "opportunities.csv",
            "subscriptions.csv",
            "contacts.csv",
            "opportunity_contact_roles.csv",
            "touches.csv",
            "marketing_spend.csv",
            "survey_responses.csv");
    assertThat(files.all()).allSatisfy(path -> assertThat(path.getParent()).isEqualTo(dir));
  }

  @Test
  void write_crmFilesCarrySalesforceApiHeaders() throws IOException {
    assertThat(Files.readAllLines(files.accounts()).get(0))
        .startsWith("Id,Name,Website,Industry,NumberOfEmployees,AnnualRevenue,BillingCountry");
    assertThat(Files.readAllLines(files.opportunities()).get(0))
        .isEqualTo(
            "Id,AccountId,Account.Name,Account.Website,Name,StageName,Amount,CloseDate,"
                + "CreatedDate,Type,LeadSource,OwnerId");
    assertThat(Files.readAllLines(files.contacts()).get(0))
        .isEqualTo("Id,AccountId,FirstName,LastName,Email,Title,MailingCountry");
    assertThat(Files.readAllLines(files.contactRoles()).get(0))
        .isEqualTo("Id,OpportunityId,ContactId,Role,IsPrimary,Opportunity.AccountId,Contact.Email");
  }

  @Test
  void write_everyRowHasTheHeadersFieldCount() throws IOException {
    for (Path file : files.all()) {
      Table table = Table.read(file);
      assertThat(table.rows())
          .as(file.getFileName().toString())
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row).hasSize(table.header().size()));
    }
  }

  @Test
  void builder_refusesFewerThanOneAccount() {
    assertThatThrownBy(() -> LinkedSample.builder().accounts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accounts must be >= 1 but was 0");
  }

  @Test
  void accounts_scaleEveryOtherFile(@TempDir Path small) throws IOException {
    LinkedSampleFiles smaller = LinkedSample.builder().seed(7).accounts(300).build().write(small);

    for (int i = 0; i < files.all().size(); i++) {
      if (files.all().get(i).equals(files.spend())) {
        continue; // one row per channel and month, whatever the size
      }
      double ratio = rows(files.all().get(i)) / (double) rows(smaller.all().get(i));
      assertThat(ratio).as(files.all().get(i).getFileName().toString()).isBetween(3.5, 6.5);
    }
  }

  private static long rows(Path file) throws IOException {
    return Table.read(file).rows().size();
  }

  @Test
  void plantedAccounts_followAccountsFileInOrder() throws IOException {
    Table accounts = Table.read(files.accounts());
    List<PlantedAccount> planted = sample.plantedAccounts();

    assertThat(planted).extracting(PlantedAccount::id).isEqualTo(accounts.column("Id").toList());
    assertThat(planted)
        .extracting(PlantedAccount::name)
        .isEqualTo(accounts.column("Name").toList());
    double fits = planted.stream().filter(PlantedAccount::fit).count() / (double) planted.size();
    assertThat(fits).isBetween(0.13, 0.22);
  }

  @Test
  void accounts_haveUniqueIdsDomainsAndFoldedNames() {
    List<PlantedAccount> planted = sample.plantedAccounts();

    assertThat(planted.stream().map(PlantedAccount::id).distinct()).hasSize(planted.size());
    assertThat(planted.stream().map(PlantedAccount::domain).distinct()).hasSize(planted.size());
    assertThat(planted.stream().map(a -> NameVariants.fold(a.name())).distinct())
        .hasSize(planted.size());
  }

  @Test
  void contacts_linkByIdMostlyAndByEmailDomainOtherwise() throws IOException {
    Table contacts = Table.read(files.contacts());
    Set<String> ids =
        sample.plantedAccounts().stream().map(PlantedAccount::id).collect(Collectors.toSet());

    double blank =
        contacts.column("AccountId").filter(String::isEmpty).count()
            / (double) contacts.rows().size();
    assertThat(blank).isBetween(0.01, 0.06);
    assertThat(contacts.column("AccountId").filter(id -> !id.isEmpty())).allMatch(ids::contains);
    assertThat(contacts.column("Email")).allMatch(email -> email.contains("@"));
  }

  @Test
  void contactRoles_pointAtWrittenOpportunitiesAndContacts() throws IOException {
    Table roles = Table.read(files.contactRoles());
    Map<String, String> accountIds = index(Table.read(files.opportunities()), "AccountId");
    Map<String, String> emails = index(Table.read(files.contacts()), "Email");

    assertThat(roles.rows())
        .allSatisfy(
            row -> {
              String opportunity = roles.value(row, "OpportunityId");
              assertThat(accountIds).containsKey(opportunity);
              assertThat(roles.value(row, "Opportunity.AccountId"))
                  .isEqualTo(accountIds.get(opportunity));
              assertThat(roles.value(row, "Contact.Email"))
                  .isEqualTo(emails.get(roles.value(row, "ContactId")));
            });
    assertThat(roles.column("IsPrimary").collect(Collectors.toSet())).containsOnly("true", "false");
  }

  private static Map<String, String> index(Table table, String column) {
    Map<String, String> values = new HashMap<>();
    table.rows().forEach(row -> values.put(table.value(row, "Id"), table.value(row, column)));
    return values;
  }

  @Test
  void records_areDatedBeforeTheExport_butOpenDealsExpectedCloseDates() throws IOException {
    LocalDate export = LocalDate.ofEpochDay(Deals.EXPORT_DAY);
    Table opportunities = Table.read(files.opportunities());

    assertThat(opportunities.column("CreatedDate").map(Amounts::isoDate)).allMatch(export::isAfter);
    assertThat(opportunities.rows())
        .filteredOn(row -> opportunities.value(row, "StageName").startsWith("Closed"))
        .allMatch(row -> export.isAfter(Amounts.isoDate(opportunities.value(row, "CloseDate"))));
    assertThat(Table.read(files.touches()).column("Touch Date").map(Amounts::isoDate))
        .allMatch(export::isAfter);
    assertThat(Table.read(files.subscriptions()).column("Start Date").map(Amounts::usDate))
        .allMatch(export::isAfter);
    assertThat(opportunities.column("StageName").collect(Collectors.toSet()))
        .containsAll(Deals.OPEN_STAGES);
  }

  @Test
  void touches_carryTheFourKindsAndAnEmailOrADomain() throws IOException {
    Table touches = Table.read(files.touches());
    Set<String> kinds =
        touches
            .column("Touch Type")
            .map(k -> k.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());

    assertThat(kinds).contains("visit", "ad click", "email", "event");
    assertThat(touches.rows())
        .allMatch(
            row ->
                !touches.value(row, "Email").isEmpty()
                    || !touches.value(row, "Company Domain").isEmpty());
  }

  @Test
  void survey_toolsQuestionIsMultiChoiceWithSemicolons() throws IOException {
    Table survey = Table.read(files.survey());

    assertThat(survey.column(MarketingRows.TOOLS_QUESTION).filter(answer -> answer.contains(";")))
        .isNotEmpty();
    assertThat(survey.column(MarketingRows.JOB_QUESTION).filter(answer -> !answer.isEmpty()))
        .allMatch(Engagement.JOBS::contains);
  }

  @Test
  void spend_hasOneRowPerPaidChannelAndMonth() throws IOException {
    Table spend = Table.read(files.spend());
    long months = SpendLedger.FIRST_MONTH.until(SpendLedger.LAST_MONTH, ChronoUnit.MONTHS) + 1;

    assertThat(spend.rows()).hasSize((int) months * SpendLedger.CAC.size());
    assertThat(spend.column("Channel").collect(Collectors.toSet()))
        .isEqualTo(SpendLedger.CAC.keySet());
    assertThat(spend.column("Spend").mapToDouble(Amounts::money).sum()).isPositive();
  }
}
