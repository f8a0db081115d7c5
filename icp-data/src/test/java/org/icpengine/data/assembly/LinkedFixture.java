package org.icpengine.data.assembly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;

/**
 * Builds linked relations directly in an engine, as the linker would: {@code linked_<kind>} with
 * the canonical role columns and {@code account_key}. Roles are the kind's roles whose canonical
 * names are columns of the relation.
 */
final class LinkedFixture implements AutoCloseable {
  private final Engine engine;
  private final Map<SourceKind, LinkedTable> tables = new EnumMap<>(SourceKind.class);
  private final List<String> attributes = new ArrayList<>();
  private Optional<LocalDate> latest = Optional.empty();

  LinkedFixture() {
    this.engine = Engine.open("1GB");
  }

  Engine engine() {
    return engine;
  }

  /** Returns a file's path under which the engine may read it, as an SQL literal. */
  String readable(Path file) {
    return Engine.literal(engine.readable(file).toString());
  }

  /** Creates linked_accounts from a query with account_key and the given attribute columns. */
  LinkedFixture accounts(String query, String... attributeColumns) {
    attributes.addAll(List.of(attributeColumns));
    return table(SourceKind.ACCOUNTS, query);
  }

  /** Creates a kind's linked relation from a query with canonical column names and types. */
  LinkedFixture table(SourceKind kind, String query) {
    String relation = LinkedTable.relationName(kind);
    engine.execute("CREATE OR REPLACE TABLE " + relation + " AS " + query);
    Set<String> columns =
        new HashSet<>(
            engine.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = "
                    + Engine.literal(relation),
                r -> r.getString(1)));
    Set<SourceRole> roles = new HashSet<>();
    for (SourceRole role : kind.roles()) {
      if (columns.contains(role.canonicalName())) {
        roles.add(role);
      }
    }
    long rows = engine.count(relation);
    long linked =
        columns.contains(LinkedTable.ACCOUNT_KEY)
            ? engine.queryOne("SELECT count(account_key) FROM " + relation, r -> r.getLong(1))
            : rows;
    tables.put(kind, new LinkedTable(kind, relation, roles, rows, linked));
    return this;
  }

  LinkedFixture latest(LocalDate date) {
    latest = Optional.of(date);
    return this;
  }

  LinkedSources sources() {
    return new LinkedSources(engine, tables, attributes, latest);
  }

  /** Reads the assembled table's rows keyed by account_key, each a column → value map. */
  Map<String, Map<String, Object>> rows() {
    Map<String, Map<String, Object>> rows = new java.util.LinkedHashMap<>();
    engine.query(
        "SELECT * FROM " + AssembledAccounts.RELATION,
        r -> {
          Map<String, Object> row = new java.util.HashMap<>();
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            row.put(r.getMetaData().getColumnName(i), r.getObject(i));
          }
          rows.put(r.getString("account_key"), row);
          return null;
        });
    return rows;
  }

  @Override
  public void close() {
    engine.close();
  }
}
