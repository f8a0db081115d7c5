package org.icpengine.data.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.clean.CleanedColumn;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.RowProblem;

/** The profile as JSON, with stable snake_case keys (see docs/cli.md). */
public final class ProfileJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProfileJson() {}

  /** Returns the profile as a JSON object. */
  public static ObjectNode of(DatasetProfile profile) {
    LoadedSource source = profile.source();
    ObjectNode root = JSON.createObjectNode();
    root.put("file", source.file().toString());
    root.put("format", source.format().name().toLowerCase(Locale.ROOT));
    source.encoding().ifPresent(e -> root.put("encoding", e));
    source.dialect().ifPresent(d -> root.put("delimiter", String.valueOf(d.delimiter())));
    root.put("rows", source.rows());
    profile
        .grain()
        .ifPresent(
            g ->
                root.putObject("grain")
                    .put("key", g.key())
                    .put("rows", g.rows())
                    .put("accounts", g.accounts())
                    .put("message", g.describe()));
    ArrayNode columns = root.putArray("columns");
    profile.columns().forEach(c -> columns.add(column(c)));
    ArrayNode problems = root.putArray("row_problems");
    profile.rowProblems().forEach(p -> problems.add(problem(p)));
    return root;
  }

  private static ObjectNode column(ColumnProfile column) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", column.name());
    node.put("role", column.meaning().role().key());
    column.meaning().category().ifPresent(c -> node.put("category", c.label()));
    column.meaning().outcome().ifPresent(o -> node.put("outcome", o.key()));
    node.put("type", column.meaning().type().key());
    node.put("leaky", column.meaning().leaky());
    node.put("mapped", column.mapped());
    node.put("missing", column.missing());
    node.put("missing_share", column.missingShare());
    node.put("distinct", column.distinct());
    node.put("distinct_approximate", column.distinctApproximate());
    ArrayNode top = node.putArray("top_values");
    column
        .topValues()
        .forEach(v -> top.addObject().put("value", v.value()).put("count", v.count()));
    column
        .numbers()
        .ifPresent(
            n ->
                node.putObject("numbers")
                    .put("min", n.min())
                    .put("median", n.median())
                    .put("max", n.max())
                    .put("mean", n.mean()));
    node.set("cleaning", cleaning(column.cleaning()));
    ArrayNode warnings = node.putArray("warnings");
    column.warnings().forEach(warnings::add);
    ArrayNode notes = node.putArray("notes");
    column.notes().forEach(notes::add);
    column.leakage().ifPresent(l -> node.put("leakage", l));
    ArrayNode estimates = node.putArray("estimates");
    estimates(column).forEach(estimates::add);
    return node;
  }

  /**
   * Names the column's figures that are estimates rather than counts of every row: the distinct
   * count of a column that is neither categorical nor yes/no (an approximate count), its top values
   * (counted in the evenly spaced sample that type inference reads), and a number column's median
   * (an approximate quantile). Every other figure, the cleaning counts included, counts every row.
   */
  static java.util.List<String> estimates(ColumnProfile column) {
    java.util.List<String> estimates = new java.util.ArrayList<>();
    if (column.distinctApproximate()) {
      estimates.add("distinct");
      if (!column.topValues().isEmpty()) {
        estimates.add("top_values");
      }
    }
    column.numbers().ifPresent(n -> estimates.add("numbers.median"));
    return estimates;
  }

  private static ObjectNode cleaning(CleanedColumn cleaning) {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode changes = node.putObject("changes");
    for (ChangeKind kind : ChangeKind.values()) {
      if (kind.isChange() && cleaning.count(kind) > 0) {
        changes.put(kind.name().toLowerCase(Locale.ROOT), cleaning.count(kind));
      }
    }
    if (cleaning.type().isCategorical()) {
      node.put("spellings_before", cleaning.spellingsBefore());
      node.put("spellings_after", cleaning.spellingsAfter());
    }
    return node;
  }

  private static ObjectNode problem(RowProblem problem) {
    ObjectNode node = JSON.createObjectNode();
    node.put("line", problem.line());
    if (!problem.column().isEmpty()) {
      node.put("column", problem.column());
    }
    node.put("value", problem.rawValue());
    node.put("reason", problem.reason());
    return node;
  }
}
