package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;

/** The select list of one stage's grouped query, with the published columns' provenance. */
final class Selection {
  private final List<String> sources;
  private final List<String> select = new ArrayList<>(List.of(LinkedTable.ACCOUNT_KEY));
  private final List<ComputedColumn> columns = new ArrayList<>();

  Selection(String... sources) {
    this.sources = List.of(sources);
  }

  /** Adds a published column: its SQL expression, stable name and rule in words. */
  void add(String sql, String name, String rule) {
    select.add(sql + " AS " + Engine.quote(name));
    columns.add(new ComputedColumn(name, rule, sources));
  }

  /** Adds an intermediate column for later stages; its name starts with an underscore. */
  void internal(String sql, String name) {
    if (!name.startsWith("_")) {
      throw new IllegalStateException("an intermediate column's name starts with _: " + name);
    }
    select.add(sql + " AS " + name);
  }

  /** Returns the select list. */
  String sql() {
    return String.join(", ", select);
  }

  /** Returns the published columns in order. */
  List<ComputedColumn> columns() {
    return List.copyOf(columns);
  }
}
