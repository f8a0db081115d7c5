package org.icpengine.data.personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.data.InputException;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.sample.linked.PlantedContact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonasTest {
  private static final Persona FINANCE = new Persona("finance", Persona.ANY);
  private static final Persona VP_OR_ABOVE = new Persona(Persona.ANY, Persona.VP_OR_ABOVE);

  /** The sample's spellings of a new-business deal's type (docs/sample-data.md). */
  private static final Set<String> NEW_BUSINESS = Set.of("New Business", "New Customer", "New");

  private static final Set<String> EXPANSION =
      Set.of("Expansion", "Existing Customer - Upgrade", "Upsell");

  @TempDir Path temp;

  @Test
  void derive_findsThePlantedPersonas() {
    PersonaReport report = LinkedPersonas.get().report;
    List<Persona> found = report.found().stream().map(PersonaLift::persona).toList();
    System.out.println("personas found on the linked sample: " + found);
    assertThat(found).contains(FINANCE, VP_OR_ABOVE);
    assertThat(report.cards()).extracting(PersonaCard::persona).contains(FINANCE, VP_OR_ABOVE);
  }

  @Test
  void derive_foundPersonasArePlantedPeopleAndNoiseIsNotFound() {
    LinkedPersonas sample = LinkedPersonas.get();
    Map<String, PlantedContact> planted =
        sample.planted.stream().collect(Collectors.toMap(PlantedContact::id, c -> c));
    List<Map<String, String>> contacts = CsvRows.read(sample.contacts);
    int checked = 0;
    for (PersonaLift lift : sample.report.lifts()) {
      if (!PersonaLift.ALL_TIERS.equals(lift.tier()) || lift.dealsWith() < PersonaLifts.MIN_DEALS) {
        continue;
      }
      double signal = plantedSignal(lift.persona(), contacts, planted);
      if (lift.found()) {
        assertThat(signal).as("planted share of found %s", lift.persona()).isGreaterThan(0.5);
      }
      if (signal < 0.5) {
        checked++;
        assertThat(lift.found()).as("noise persona %s found", lift.persona()).isFalse();
      }
    }
    assertThat(checked).as("noise personas tested").isGreaterThan(15);
    assertThat(sample.report.lifts()).noneMatch(l -> l.persona().function().equals("unknown"));
  }

  /** The share of a persona's contacts whose planted truth is a finance or VP/C-level contact. */
  private static double plantedSignal(
      Persona persona, List<Map<String, String>> contacts, Map<String, PlantedContact> planted) {
    long all = 0;
    long signal = 0;
    for (Map<String, String> row : contacts) {
      boolean function =
          Persona.ANY.equals(persona.function())
              || persona.function().equals(row.get("title_function"));
      boolean level =
          persona.seniorities().isEmpty()
              || persona.seniorities().contains(row.get("title_seniority"));
      PlantedContact truth = planted.get(row.get("contact_id"));
      if (function && level && truth != null) {
        all++;
        if (truth.function().equals("finance")
            || Set.of("c_level", "vp").contains(truth.seniority())) {
          signal++;
        }
      }
    }
    return all == 0 ? 0 : (double) signal / all;
  }

  @Test
  void lift_matchesAPlainJavaRecount() {
    LinkedPersonas sample = LinkedPersonas.get();
    Titles titles = Titles.builtIn();
    Map<String, String> functionOf = new HashMap<>();
    for (Map<String, String> c : CsvRows.read(sample.exports.resolve("contacts.csv"))) {
      String person =
          c.get("Id").isBlank()
              ? c.get("Email").strip().toLowerCase(Locale.ROOT)
              : c.get("Id").strip();
      functionOf.put(person, titles.classify(c.get("Title")).function());
    }
    Map<String, Boolean> closed = new HashMap<>();
    for (Map<String, String> o : CsvRows.read(sample.exports.resolve("opportunities.csv"))) {
      String stage = o.get("StageName");
      if (NEW_BUSINESS.contains(o.get("Type"))
          && (stage.equals("Closed Won") || stage.equals("Closed Lost"))) {
        closed.put(o.get("Id").strip(), stage.equals("Closed Won"));
      }
    }
    Set<String> deals = new HashSet<>();
    Set<String> withFinance = new HashSet<>();
    for (Map<String, String> r :
        CsvRows.read(sample.exports.resolve("opportunity_contact_roles.csv"))) {
      String opportunity = r.get("OpportunityId").strip();
      String person =
          r.get("ContactId").isBlank()
              ? r.get("Contact.Email").strip().toLowerCase(Locale.ROOT)
              : r.get("ContactId").strip();
      if (closed.containsKey(opportunity) && !person.isEmpty()) {
        deals.add(opportunity);
        if ("finance".equals(functionOf.get(person))) {
          withFinance.add(opportunity);
        }
      }
    }
    long won = deals.stream().filter(closed::get).count();
    long wonWith = withFinance.stream().filter(closed::get).count();
    double expected = ((double) wonWith / withFinance.size()) / ((double) won / deals.size());
    double a = wonWith;
    double n1 = withFinance.size();
    double c = won - wonWith;
    double n2 = deals.size() - withFinance.size();
    double halfWidth = 1.959964 * Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
    double riskRatio = (a / n1) / (c / n2);
    double share = n1 / deals.size();
    double low = Math.exp(Math.log(riskRatio) - halfWidth);
    double expectedLow = low / (share * low + 1 - share);

    PersonaLift lift =
        sample.report.lifts().stream()
            .filter(l -> l.tier().equals(PersonaLift.ALL_TIERS) && l.persona().equals(FINANCE))
            .findFirst()
            .orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "finance lift: engine %.4f, plain Java %.4f (%d of %d won deals, %d deals)%n",
        lift.lift().value(),
        expected,
        wonWith,
        won,
        deals.size());
    assertThat(lift.deals()).isEqualTo(deals.size());
    assertThat(lift.won()).isEqualTo(won);
    assertThat(lift.dealsWith()).isEqualTo(withFinance.size());
    assertThat(lift.wonWith()).isEqualTo(wonWith);
    assertThat(lift.lift().value()).isCloseTo(expected, within(1e-9));
    assertThat(lift.lift().low()).isCloseTo(expectedLow, within(1e-4));
  }

  @Test
  void derive_leavesExpansionDealsOutSoTheCustomersUsersAreNoBuyers() throws IOException {
    LinkedPersonas sample = LinkedPersonas.get();
    Path exports = Files.createDirectories(temp.resolve("linked"));
    try (var files = Files.list(sample.exports)) {
      for (Path file : files.toList()) {
        Files.copy(file, exports.resolve(file.getFileName()));
      }
    }
    int seated = seatOnExpansions(exports, "Customer Success Manager");
    Path yaml = temp.resolve("sources.yaml");
    Files.copy(sample.sources, yaml);

    PersonaReport report = Personas.derive(yaml, sample.icp, PersonaOptions.defaults());

    Persona successManager = new Persona("customer_success", "manager");
    assertThat(seated).as("closed expansion deals given a success manager").isGreaterThan(100);
    assertThat(report.deals()).isEqualTo(sample.report.deals());
    assertThat(report.lifts()).isEqualTo(sample.report.lifts());
    assertThat(report.found()).extracting(PersonaLift::persona).doesNotContain(successManager);
  }

  /**
   * Seats a new contact with the title on every closed expansion deal that has a committee, at the
   * committee's account: a person who works with the customer once it has bought, on no
   * new-business deal. Returns the number of deals.
   */
  private static int seatOnExpansions(Path exports, String title) throws IOException {
    Map<String, String> accountOf = new HashMap<>();
    for (Map<String, String> c : CsvRows.read(exports.resolve("contacts.csv"))) {
      accountOf.put(c.get("Id"), c.get("AccountId"));
    }
    Map<String, String> committeeAccount = new HashMap<>();
    for (Map<String, String> r : CsvRows.read(exports.resolve("opportunity_contact_roles.csv"))) {
      String account = accountOf.get(r.get("ContactId"));
      if (account != null && !account.isEmpty()) {
        committeeAccount.putIfAbsent(r.get("OpportunityId"), account);
      }
    }
    StringBuilder contacts = new StringBuilder();
    StringBuilder roles = new StringBuilder();
    int seated = 0;
    for (Map<String, String> o : CsvRows.read(exports.resolve("opportunities.csv"))) {
      String account = committeeAccount.get(o.get("Id"));
      if (EXPANSION.contains(o.get("Type")) && o.get("StageName").startsWith("Closed ")) {
        if (account != null) {
          String id = "003SUCCESS" + seated++;
          contacts.append(id + "," + account + ",Casey,Lee,,\"" + title + "\",\n");
          roles.append("00KSUCCESS" + seated + "," + o.get("Id") + "," + id + ",Other,false,,\n");
        }
      }
    }
    Files.writeString(exports.resolve("contacts.csv"), contacts, StandardOpenOption.APPEND);
    Files.writeString(
        exports.resolve("opportunity_contact_roles.csv"), roles, StandardOpenOption.APPEND);
    return seated;
  }

  @Test
  void contactFit_isTheClampedSumOfItsReasonsAndGapsNameWhatIsMissing() {
    LinkedPersonas sample = LinkedPersonas.get();
    List<Map<String, String>> rows = CsvRows.read(sample.contacts);
    assertThat(rows).hasSize((int) sample.report.contacts());
    Map<String, Set<String>> functions = new HashMap<>();
    for (Map<String, String> row : rows) {
      functions
          .computeIfAbsent(row.get("account_key"), k -> new HashSet<>())
          .add(row.get("title_function"));
      int sum = 0;
      for (String reason : row.get("contact_fit_reasons").split("; ")) {
        sum += Integer.parseInt(reason.substring(0, reason.indexOf(' ')).replace("+", ""));
      }
      assertThat(Integer.parseInt(row.get("contact_fit")))
          .as(row.toString())
          .isEqualTo(Math.max(0, Math.min(100, sum)));
    }
    CommitteeGap finance =
        sample.report.gaps().stream()
            .filter(g -> g.persona().equals(FINANCE) && g.tier().equals("A"))
            .findFirst()
            .orElseThrow();
    long lacking = 0;
    for (Map<String, String> row : rows) {
      if ("A".equals(row.get("icp_account_tier"))) {
        boolean none = !functions.get(row.get("account_key")).contains("finance");
        assertThat(row.get("committee_gaps").contains(finance.text())).isEqualTo(none);
      }
    }
    assertThat(finance.accountsLacking()).isPositive().isLessThan(finance.accounts());
    assertThat(finance.text()).startsWith("no finance contact yet; won tier-A deals had one ");
  }

  @Test
  void scoredContacts_inTheHubSpotLayout() throws IOException {
    LinkedPersonas sample = LinkedPersonas.get();
    Path out = temp.resolve("hubspot-contacts.csv");
    Personas.derive(
        sample.sources,
        sample.icp,
        PersonaOptions.defaults().withContacts(out, OutputFormat.HUBSPOT));
    assertThat(CsvRows.header(out)).isEqualTo(ContactColumns.of(OutputFormat.HUBSPOT));
    List<Map<String, String>> hubspot = CsvRows.read(out);
    List<Map<String, String>> plain = CsvRows.read(sample.contacts);
    assertThat(hubspot).hasSameSizeAs(plain);
    for (int i = 0; i < plain.size(); i++) {
      assertThat(hubspot.get(i).get("Record ID")).isEqualTo(plain.get(i).get("contact_id"));
      assertThat(hubspot.get(i).get("ICP Contact Fit")).isEqualTo(plain.get(i).get("contact_fit"));
    }
    assertThat(Files.list(temp)).containsExactly(out);
  }

  @Test
  void derive_refusesSourcesWithoutContacts() throws IOException {
    Path yaml = withoutEntries("contacts", "opportunity_contact_roles");
    assertThatThrownBy(
            () -> Personas.derive(yaml, LinkedPersonas.get().icp, PersonaOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("sources.yaml lists no contacts");
  }

  @Test
  void derive_refusesContactsWithoutATitleColumn() throws IOException {
    Path yaml = LinkedPersonas.get().dir.resolve("sources-without-title.yaml");
    Files.writeString(
        yaml, Files.readString(LinkedPersonas.get().sources).replace("      title: Title\n", ""));
    assertThatThrownBy(
            () -> Personas.derive(yaml, LinkedPersonas.get().icp, PersonaOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no title column");
  }

  /** The fixture's sources.yaml without the named entries, beside it (its paths are relative). */
  private Path withoutEntries(String... names) throws IOException {
    StringBuilder kept = new StringBuilder();
    boolean skipping = false;
    for (String line : Files.readAllLines(LinkedPersonas.get().sources)) {
      if (line.startsWith("  - name: ")) {
        skipping = Set.of(names).contains(line.substring("  - name: ".length()).strip());
      }
      if (!skipping) {
        kept.append(line).append('\n');
      }
    }
    Path yaml = LinkedPersonas.get().dir.resolve("sources-without-contacts.yaml");
    Files.writeString(yaml, kept);
    return yaml;
  }
}
