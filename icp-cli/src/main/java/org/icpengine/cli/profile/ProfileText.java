package org.icpengine.cli.profile;

import static org.icpengine.cli.text.Formats.compact;
import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.data.clean.CleaningNotes;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.data.profile.DatasetProfile;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.RowProblem;

/** The profile as a person reads it in a terminal. */
public final class ProfileText {
  private static final int ROW_PROBLEMS_SHOWN = 20;

  private ProfileText() {}

  /** Prints the profile: a table of columns, then cleaning, warnings and row problems. */
  public static void print(DatasetProfile profile, PrintWriter out) {
    LoadedSource source = profile.source();
    out.println(header(source));
    profile.grain().ifPresent(g -> out.println("Grain: " + g.describe()));
    out.println();
    TextTable table =
        new TextTable(
            List.of("COLUMN", "ROLE", "CATEGORY/OUTCOME", "TYPE", "MISSING", "DISTINCT", "VALUES"),
            new boolean[] {false, false, false, false, true, true, false},
            48);
    for (ColumnProfile column : profile.columns()) {
      table.add(
          List.of(
              column.name() + (column.mapped() ? " (mapped)" : ""),
              column.meaning().role().key(),
              kind(column.meaning()),
              column.meaning().type().key(),
              percent(column.missingShare()),
              (column.distinctApproximate() ? "~" : "") + count(column.distinct()),
              values(column)));
    }
    table.print(out, "");
    section(out, "Understood", notes(profile));
    section(out, "Cleaning", cleaning(profile));
    section(out, "Warnings", warnings(profile));
    problems(out, profile.rowProblems());
  }

  private static String header(LoadedSource source) {
    String how =
        source.format().label()
            + source.dialect().map(d -> ", " + d.delimiterName() + "-separated").orElse("")
            + source.encoding().map(e -> ", " + e).orElse("");
    return source.file().getFileName()
        + ": "
        + count(source.rows())
        + " rows × "
        + source.columns().size()
        + " columns ("
        + how
        + ")";
  }

  private static String kind(ColumnMeaning meaning) {
    String kind =
        meaning
            .category()
            .map(Object::toString)
            .or(() -> meaning.outcome().map(o -> o.key()))
            .orElse("");
    return meaning.leaky() ? kind + " (leaky)" : kind;
  }

  private static String values(ColumnProfile column) {
    if (column.numbers().isPresent()) {
      var n = column.numbers().get();
      return "min "
          + compact(n.min())
          + ", median "
          + compact(n.median())
          + ", max "
          + compact(n.max());
    }
    return column.topValues().stream()
        .limit(3)
        .map(v -> v.value() + " (" + count(v.count()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static List<String> cleaning(DatasetProfile profile) {
    List<String> lines = new ArrayList<>();
    for (ColumnProfile column : profile.columns()) {
      List<String> notes = CleaningNotes.describe(column.cleaning());
      if (!notes.isEmpty()) {
        lines.add(column.name() + ": " + String.join("; ", notes));
      }
    }
    return lines;
  }

  private static List<String> notes(DatasetProfile profile) {
    List<String> lines = new ArrayList<>();
    for (ColumnProfile column : profile.columns()) {
      column.notes().forEach(n -> lines.add(column.name() + ": " + n));
    }
    return lines;
  }

  private static List<String> warnings(DatasetProfile profile) {
    List<String> lines = new ArrayList<>();
    for (ColumnProfile column : profile.columns()) {
      column.warnings().forEach(w -> lines.add(column.name() + ": " + w));
    }
    return lines;
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      out.println();
      out.println(title);
      lines.forEach(line -> out.println("  " + line));
    }
  }

  private static void problems(PrintWriter out, List<RowProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.println();
    out.println(
        "Row problems ("
            + count(problems.size())
            + (problems.size() > ROW_PROBLEMS_SHOWN
                ? ", first " + ROW_PROBLEMS_SHOWN + " shown; --json lists all collected"
                : "")
            + ")");
    problems.stream()
        .limit(ROW_PROBLEMS_SHOWN)
        .forEach(
            p ->
                out.println(
                    "  "
                        + p.describe()
                        + (p.rawValue().isEmpty()
                            ? ""
                            : ": " + p.rawValue().replaceAll("[\\r\\n]+", " "))));
  }
}
