package org.icpengine.data.personas;

import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;

/**
 * The buying committees as engine tables, from the linked contacts (people and their roles on
 * opportunities) and opportunities, with each account's tier from {@link AccountTiers}:
 *
 * <ul>
 *   <li>{@value #PEOPLE}: one row per person ({@code person}: the contact id, else the lower-case
 *       e-mail) with account, e-mail, title, function and seniority;
 *   <li>{@value #MEMBERS}: one row per closed new-business deal and person on its committee, with
 *       {@code won}, the account's {@code tier} ('-' without one), the person's function, seniority
 *       and contact role. Deals whose type names existing business ({@link #EXISTING_BUSINESS}:
 *       expansions, upsells, renewals) are left out: they are sold to a customer who already
 *       bought, almost always won, and their contacts are the customer's users rather than the
 *       buyers who chose the product. A deal without a type counts.
 * </ul>
 *
 * Each distinct title is classified once in Java by {@link Titles}.
 */
final class CommitteeTables {
  static final String PEOPLE = "pc_people";
  static final String MEMBERS = "pc_members";
  private static final String TITLES = "pc_titles";

  /**
   * Deal types that sell to an existing customer, as CRMs spell them (lower case): Salesforce's
   * "Existing Business" and "Existing Customer - Upgrade / Replacement / Downgrade", HubSpot's
   * {@code existingbusiness}, expansions, upsells, cross-sells, add-ons and renewals.
   */
  static final String EXISTING_BUSINESS =
      "existing|expan|up-?sell|upgrade|cross-?sell|add-?on|renew|downgrade|replacement|extension";

  private final Engine engine;
  private final LinkedTable contacts;
  private boolean roles;

  private CommitteeTables(Engine engine, LinkedTable contacts) {
    this.engine = engine;
    this.contacts = contacts;
  }

  /**
   * Builds the tables; the tiers table must exist.
   *
   * @return whether the contacts carry roles on closed new-business deals
   * @throws InputException without a contacts source, a title column or opportunities
   */
  static boolean build(Engine engine, LinkedSources linked, Titles titles) {
    LinkedTable contacts =
        linked
            .table(SourceKind.CONTACTS)
            .orElseThrow(
                () ->
                    new InputException(
                        "personas need contacts: add the contacts export (and the opportunity"
                            + " contact roles) to sources.yaml as kind: contacts"));
    if (!contacts.has(SourceRole.TITLE)) {
      throw new InputException(
          "the contacts in sources.yaml have no title column: give it the role title under"
              + " columns: (e.g. title: Title)");
    }
    if (!contacts.has(SourceRole.CONTACT_ID) && !contacts.has(SourceRole.EMAIL)) {
      throw new InputException(
          "the contacts in sources.yaml have neither a contact_id nor an email column: give one"
              + " of them its role under columns:");
    }
    CommitteeTables tables = new CommitteeTables(engine, contacts);
    tables.people(titles);
    LinkedTable opportunities = linked.table(SourceKind.OPPORTUNITIES).orElse(null);
    tables.roles = contacts.has(SourceRole.OPPORTUNITY_ID) && opportunities != null;
    tables.members(opportunities);
    return tables.roles && engine.count(MEMBERS) > 0;
  }

  /**
   * Rebuilds {@value #PEOPLE} alone from other linked contacts (a contacts export to score),
   * leaving the committees as they are.
   *
   * @throws InputException without a title, contact id or e-mail column
   */
  static void people(Engine engine, LinkedTable contacts, Titles titles) {
    if (!contacts.has(SourceRole.TITLE)
        || !contacts.has(SourceRole.CONTACT_ID) && !contacts.has(SourceRole.EMAIL)) {
      throw new IllegalStateException("contacts to score without a title or a person column");
    }
    new CommitteeTables(engine, contacts).people(titles);
  }

  private String person() {
    String email = contacts.has(SourceRole.EMAIL) ? "lower(trim(email))" : "NULL";
    return contacts.has(SourceRole.CONTACT_ID)
        ? "coalesce(nullif(trim(contact_id), ''), " + email + ")"
        : email;
  }

  private void people(Titles titles) {
    String roleRows = contacts.has(SourceRole.OPPORTUNITY_ID) ? "opportunity_id IS NULL" : "TRUE";
    String email = contacts.has(SourceRole.EMAIL) ? "email" : "NULL";
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE pc_people_raw AS SELECT "
            + person()
            + " AS person, any_value(account_key) AS account_key, any_value("
            + email
            + ") AS email, any_value(nullif(trim(title), '')) AS title FROM "
            + contacts.relation()
            + " WHERE "
            + roleRows
            + " OR title IS NOT NULL GROUP BY 1 HAVING person IS NOT NULL");
    classify(titles);
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + PEOPLE
            + " AS SELECT p.*, coalesce(t.function, 'unknown') AS function,"
            + " coalesce(t.seniority, 'unknown') AS seniority FROM pc_people_raw p LEFT JOIN "
            + TITLES
            + " t ON p.title = t.title ORDER BY p.person");
  }

  private void classify(Titles titles) {
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + TITLES
            + " (title VARCHAR, function VARCHAR, seniority VARCHAR)");
    List<String> distinct =
        engine.query(
            "SELECT DISTINCT title FROM pc_people_raw WHERE title IS NOT NULL",
            r -> r.getString(1));
    try (DuckDBAppender appender =
        engine
            .connection()
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, TITLES)) {
      for (String title : distinct) {
        TitleRole role = titles.classify(title);
        appender.beginRow();
        appender.append(title);
        appender.append(role.function());
        appender.append(role.seniority().key());
        appender.endRow();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add the titles' roles to the engine", e);
    }
  }

  private void members(LinkedTable opportunities) {
    if (!roles) {
      engine.execute(
          "CREATE OR REPLACE TEMP TABLE "
              + MEMBERS
              + " (opportunity_id VARCHAR, account_key VARCHAR, won BOOLEAN, tier VARCHAR,"
              + " person VARCHAR, function VARCHAR, seniority VARCHAR, contact_role VARCHAR)");
      return;
    }
    String newBusiness =
        opportunities.has(SourceRole.DEAL_TYPE)
            ? " AND NOT coalesce(regexp_matches(lower(deal_type), '"
                + EXISTING_BUSINESS
                + "'), false)"
            : "";
    String role = contacts.has(SourceRole.CONTACT_ROLE) ? "nullif(trim(contact_role), '')" : "NULL";
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + MEMBERS
            + " AS WITH o AS (SELECT trim(opportunity_id) AS opportunity_id,"
            + " any_value(account_key) AS account_key, any_value(stage_outcome) = 'won' AS won"
            + " FROM "
            + opportunities.relation()
            + " WHERE stage_outcome IN ('won', 'lost')"
            + newBusiness
            + " GROUP BY 1), r AS (SELECT trim(opportunity_id) AS opportunity_id, "
            + person()
            + " AS person, any_value(account_key) AS account_key, any_value("
            + role
            + ") AS contact_role FROM "
            + contacts.relation()
            + " WHERE opportunity_id IS NOT NULL GROUP BY 1, 2)"
            + " SELECT o.opportunity_id, coalesce(o.account_key, r.account_key) AS account_key,"
            + " o.won, coalesce(t.tier, '-') AS tier, r.person,"
            + " coalesce(p.function, 'unknown') AS function,"
            + " coalesce(p.seniority, 'unknown') AS seniority, r.contact_role"
            + " FROM r JOIN o USING (opportunity_id) LEFT JOIN "
            + PEOPLE
            + " p ON p.person = r.person LEFT JOIN "
            + AccountTiers.TABLE
            + " t ON t.account_key = coalesce(o.account_key, r.account_key)"
            + " WHERE r.person IS NOT NULL ORDER BY o.opportunity_id, r.person");
  }
}
