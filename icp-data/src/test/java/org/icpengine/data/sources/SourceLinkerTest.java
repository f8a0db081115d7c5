package org.icpengine.data.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLinkerTest {
  @TempDir Path dir;

  private Linking link(String yaml) {
    Path file = Fixtures.write(dir, "sources.yaml", yaml);
    Engine engine = Fixtures.engine();
    try {
      return new SourceLinker(engine).link(SourcesFile.read(file));
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  private static List<List<String>> rows(Engine engine, String sql) {
    return engine.query(
        sql,
        r -> {
          List<String> row = new java.util.ArrayList<>();
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            row.add(r.getString(i));
          }
          return row;
        });
  }

  private static final String ACCOUNTS =
      "sources:\n"
          + "  - file: accounts.csv\n"
          + "    kind: accounts\n"
          + "    key: id\n"
          + "    columns: {account_name: name, domain: website}\n";

  private void accounts() {
    Fixtures.lines(
        dir,
        "accounts.csv",
        List.of(
            "id,name,website,employees",
            "A1,\"Acme, Inc.\",https://www.acme.com/about,120",
            "A2,Globex GmbH,globex.de,40",
            "A3,Initech Pty Ltd,initech.com.au,900"));
  }

  @Test
  void link_matchesByKeyThenDomainThenFoldedName() {
    accounts();
    Fixtures.lines(
        dir,
        "deals.csv",
        List.of(
            "deal,account,web,company,stage,created,amount",
            "D1,A1,,,Closed Won,2024-01-05,1000",
            "D2,,WWW.GLOBEX.DE/contact,,closedlost,2024-02-01,\"$2,500\"",
            "D3,,,INITECH PTY. LTD.,Negotiation,2024-03-01,300",
            "D4,A9,,Unknown Ltd,Won,2024-03-02,10"));
    Linking linking =
        link(
            ACCOUNTS
                + "  - file: deals.csv\n    kind: opportunities\n    key: account\n    columns:\n"
                + "      opportunity_id: deal\n      domain: web\n      account_name: company\n"
                + "      stage: stage\n      created_date: created\n      amount: amount\n"
                + "options: {min_match: 0.7}\n");
    try (Engine engine = linking.linked().engine()) {
      SourceLink deals = linking.report().links().get(1);
      assertThat(List.of(deals.byKey(), deals.byDomain(), deals.byName(), deals.unmatched()))
          .containsExactly(1L, 1L, 1L, 1L);
      assertThat(deals.unmatchedExamples()).containsExactly("A9");
      assertThat(
              rows(
                  engine,
                  "SELECT opportunity_id, account_key, stage_outcome, amount::VARCHAR,"
                      + " created_date::VARCHAR FROM linked_opportunities ORDER BY 1"))
          .containsExactly(
              List.of("D1", "A1", "won", "1000.0", "2024-01-05"),
              List.of("D2", "A2", "lost", "2500.0", "2024-02-01"),
              java.util.Arrays.asList("D3", "A3", "open", "300.0", "2024-03-01"),
              java.util.Arrays.asList("D4", null, "won", "10.0", "2024-03-02"));
      assertThat(linking.linked().attributes()).containsExactly("name", "website", "employees");
      assertThat(linking.linked().latestDate()).contains(java.time.LocalDate.of(2024, 3, 2));
    }
  }

  @Test
  void link_usesContactsMailDomainsButNotFreeMail() {
    accounts();
    Fixtures.lines(
        dir,
        "contacts.csv",
        List.of(
            "email,title",
            "jo@acme.com,CFO",
            "al@sales.globex.de,VP",
            "me@gmail.com,CEO",
            "x@globex.de,CTO"));
    Linking linking =
        link(
            ACCOUNTS
                + "  - file: contacts.csv\n    kind: contacts\n"
                + "    columns: {email: email, title: title}\n");
    try (Engine engine = linking.linked().engine()) {
      SourceLink contacts = linking.report().links().get(1);
      assertThat(contacts.byDomain()).isEqualTo(2);
      assertThat(contacts.unmatchedExamples())
          .containsExactly("al@sales.globex.de", "me@gmail.com");
      assertThat(
              engine.<String>queryOne(
                  "SELECT account_key FROM linked_contacts WHERE title = 'CFO'",
                  r -> r.getString(1)))
          .isEqualTo("A1");
    }
  }

  @Test
  void link_refusesAKeyMatchingUnderHalfTheRowsAndSuggestsAColumn() {
    accounts();
    Fixtures.lines(
        dir,
        "orders.csv",
        List.of(
            "ref,customer,date,total",
            "X1,A1,2024-01-01,5",
            "X2,A2,2024-01-02,5",
            "X3,A3,2024-01-03,5"));
    assertThatThrownBy(
            () ->
                link(
                    ACCOUNTS
                        + "  - file: orders.csv\n    kind: transactions\n    key: ref\n"
                        + "    columns: {date: date, amount: total}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("only 0 of 3 rows")
        .hasMessageContaining("'X1'")
        .hasMessageContaining("column 'customer' matches 100 %")
        .hasMessageNotContaining("\n");
  }

  @Test
  void link_refusesDuplicateAccountKeys() {
    Fixtures.lines(dir, "accounts.csv", List.of("id,name", "A1,Acme", "A1,Acme again", "A2,B"));
    assertThatThrownBy(() -> link(ACCOUNTS.replace(", domain: website", "")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'A1' (2 rows)")
        .hasMessageContaining("many to many");
  }

  @Test
  void link_refusesUnreadableDates() {
    accounts();
    Fixtures.lines(
        dir,
        "orders.csv",
        List.of("customer,date,total", "A1,2024-01-01,5", "A2,soon,5", "A3,later,5"));
    assertThatThrownBy(
            () ->
                link(
                    ACCOUNTS
                        + "  - file: orders.csv\n    kind: transactions\n    key: customer\n"
                        + "    columns: {date: date, amount: total}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("column 'date' (date): 2 of 3 dates are unreadable")
        .hasMessageContaining("'soon'");
  }

  @Test
  void link_reportsUnreadableDatesAndAmountsByLineAndKeepsTheirRows() {
    accounts();
    List<String> lines = new java.util.ArrayList<>(List.of("customer,date,total"));
    for (int i = 0; i < 40; i++) {
      // dates repeat (cleaned once per distinct value), amounts do not (cleaned row by row)
      String date = i == 3 ? "soon" : "2024-01-0" + (1 + i % 2);
      String total = i == 5 ? "lots" : String.valueOf(100 + i);
      lines.add("A" + (1 + i % 3) + "," + date + "," + total);
    }
    Fixtures.lines(dir, "orders.csv", lines);
    Linking linking =
        link(
            ACCOUNTS
                + "  - file: orders.csv\n    kind: transactions\n    key: customer\n"
                + "    columns: {date: date, amount: total}\n");
    try (Engine engine = linking.linked().engine()) {
      assertThat(linking.report().links().get(1).problems())
          .containsExactly(
              "1 values of 'date' are unreadable and were left empty (e.g. [line 5, column"
                  + " 'date': not readable as date, treated as missing 'soon'])",
              "1 values of 'total' are unreadable and were left empty (e.g. [line 7, column"
                  + " 'total': not readable as number, treated as missing 'lots'])");
      assertThat(
              rows(
                  engine,
                  "SELECT count(*), count(date), count(amount), sum(amount)::BIGINT"
                      + " FROM linked_transactions"))
          .containsExactly(List.of("40", "39", "39", String.valueOf(40 * 100 + 780 - 105)));
    }
  }

  @Test
  void link_refusesAmountsInSeveralCurrencies() {
    accounts();
    Fixtures.lines(
        dir,
        "orders.csv",
        List.of("customer,date,total", "A1,2024-01-01,$5", "A2,2024-01-01,€5", "A3,2024-01-01,5"));
    assertThatThrownBy(
            () ->
                link(
                    ACCOUNTS
                        + "  - file: orders.csv\n    kind: transactions\n    key: customer\n"
                        + "    columns: {date: date, amount: total}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("amounts in 2 currencies (EUR, USD)");
  }

  @Test
  void link_reportsSubscriptionsEndingBeforeTheyStart() {
    accounts();
    Fixtures.lines(
        dir,
        "subs.csv",
        List.of(
            "customer,start,end,mrr",
            "A1,2024-01-01,2024-06-30,100",
            "A2,2024-05-01,2024-02-01,50"));
    Linking linking =
        link(
            ACCOUNTS
                + "  - file: subs.csv\n    kind: subscriptions\n    key: customer\n"
                + "    columns: {start_date: start, end_date: end, mrr: mrr}\n");
    try (Engine engine = linking.linked().engine()) {
      assertThat(linking.report().links().get(1).problems())
          .singleElement()
          .asString()
          .contains("1 subscriptions end before they start (lines 3)");
      assertThat(engine.count("linked_subscriptions")).isEqualTo(2);
    }
  }

  @Test
  void link_namesAMissingColumnWithTheClosestOne() {
    accounts();
    assertThatThrownBy(() -> link(ACCOUNTS.replace("name, domain", "nmae, domain")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has no column 'nmae' (did you mean 'name'?)");
  }
}
