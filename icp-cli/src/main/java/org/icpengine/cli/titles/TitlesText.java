package org.icpengine.cli.titles;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.cli.text.TextTable;
import org.icpengine.data.personas.Seniority;
import org.icpengine.data.personas.TitleSummary;

/** The summary of {@code icp titles} as text: rows per function × seniority, then the misses. */
final class TitlesText {
  private static final List<String> LEVELS =
      List.of("C-level", "VP", "director", "manager", "IC", "unknown");

  private TitlesText() {}

  static void print(TitleSummary summary, PrintWriter out) {
    long titled = summary.rows() - summary.empty();
    out.println(
        "Titles of "
            + summary.file().getFileName()
            + " (column \""
            + summary.column()
            + "\"): "
            + count(summary.rows())
            + " rows, "
            + count(summary.empty())
            + " with no title");
    out.println();
    table(summary).print(out, "  ");
    out.println("  (IC: individual contributor)");
    out.println();
    out.println(
        "Unrecognised: "
            + count(summary.unrecognisedRows())
            + " rows ("
            + percent(titled == 0 ? 0 : (double) summary.unrecognisedRows() / titled)
            + " of those with a title), "
            + count(summary.unrecognisedTitles())
            + " distinct titles"
            + (summary.unrecognised().isEmpty() ? "" : "; the commonest:"));
    for (TitleSummary.Example example : summary.unrecognised()) {
      out.println("  " + example.title() + " (" + count(example.rows()) + ")");
    }
    if (summary.unrecognisedRows() > 0) {
      out.println("Add rules for them with --rules FILE (see docs/titles.md).");
    }
  }

  private static TextTable table(TitleSummary summary) {
    Map<String, long[]> rows = new LinkedHashMap<>();
    for (TitleSummary.Count c : summary.counts()) {
      long[] row = rows.computeIfAbsent(c.function(), f -> new long[Seniority.values().length + 1]);
      row[c.seniority().ordinal()] += c.rows();
      row[Seniority.values().length] += c.rows();
    }
    List<String> headers = new ArrayList<>(List.of("function"));
    headers.addAll(LEVELS);
    headers.add("total");
    boolean[] right = new boolean[headers.size()];
    Arrays.fill(right, 1, right.length, true);
    TextTable table = new TextTable(headers, right, 40);
    rows.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[LEVELS.size()]))
        .forEach(
            e -> {
              List<String> cells = new ArrayList<>(List.of(e.getKey()));
              Arrays.stream(e.getValue()).forEach(n -> cells.add(n == 0 ? "" : count(n)));
              table.add(cells);
            });
    return table;
  }
}
