package org.icpengine.data.enrichment;

import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.matching.DomainSql;
import org.icpengine.data.matching.Party;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;

/**
 * The accounts as matching reads them, from the linked accounts relation: key, name, domain,
 * country and city (by role, else a column named country or city, such as BillingCountry).
 *
 * @param keys the accounts' keys, position i is account i
 * @param parties the accounts as parties, in the same order
 * @param domainKeys the accounts' company domains folded in the engine ({@link DomainSql}), null
 *     when none, in the same order
 */
record AccountParties(List<String> keys, List<Party> parties, List<String> domainKeys) {
  private static final Pattern COUNTRY = Pattern.compile("(?i)(billing|hq|company)?[ _]?country");
  private static final Pattern CITY = Pattern.compile("(?i)(billing|hq|company)?[ _]?city");

  /** Reads the accounts of the linked accounts relation. */
  static AccountParties read(Engine engine, SourceEntry accounts, List<String> attributes) {
    String relation = LinkedTable.relationName(SourceKind.ACCOUNTS);
    String key = accounts.key().orElse("");
    String select =
        String.join(
            ", ",
            "account_key",
            column(accounts, SourceRole.ACCOUNT_NAME, key, attributes, null),
            column(accounts, SourceRole.DOMAIN, key, attributes, null),
            column(accounts, SourceRole.COUNTRY, key, attributes, COUNTRY),
            column(accounts, SourceRole.CITY, key, attributes, CITY));
    DomainSql.install(engine);
    String domains =
        DomainSql.keys(
            "(SELECT account_key AS id, "
                + column(accounts, SourceRole.DOMAIN, key, attributes, null)
                + " AS address FROM "
                + relation
                + ")");
    record Row(String key, Party party, String domainKey) {}
    List<Row> rows =
        engine.query(
            "SELECT "
                + select
                + ", d.icp_domain_key FROM "
                + relation
                + " LEFT JOIN (SELECT DISTINCT id AS icp_domain_id, key AS icp_domain_key FROM ("
                + domains
                + ")) d ON d.icp_domain_id = account_key ORDER BY account_key",
            r ->
                new Row(
                    r.getString(1),
                    new Party(r.getString(2), r.getString(3), r.getString(4), r.getString(5)),
                    r.getString(6)));
    return new AccountParties(
        rows.stream().map(Row::key).toList(),
        rows.stream().map(Row::party).toList(),
        rows.stream().map(Row::domainKey).toList());
  }

  private static String column(
      SourceEntry accounts, SourceRole role, String key, List<String> attributes, Pattern byName) {
    Optional<String> column = accounts.column(role);
    if (column.isEmpty() && byName != null) {
      column = attributes.stream().filter(a -> byName.matcher(a).matches()).findFirst();
    }
    return column
        .map(c -> c.equals(key) ? "account_key" : quote(c))
        .map(c -> c + "::VARCHAR")
        .orElse("NULL::VARCHAR");
  }
}
