package org.icpengine.cli.assemble;

import java.io.PrintWriter;
import java.util.Locale;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.assembly.ComputedColumn;

/** Prints what assembling did: how each file linked, the assembly's notes and computed columns. */
public final class AssemblyText {
  private AssemblyText() {}

  /**
   * Prints the link report, what enrichment files did, the as-of date, the computed columns and the
   * notes.
   */
  public static void print(SourcesAssembly.Result result, PrintWriter out) {
    out.println("Linked:");
    result.report().lines().forEach(line -> out.println("  " + line));
    if (!result.enrichment().sources().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "Enriched %,d of %,d accounts:%n",
          result.enrichment().enrichedAccounts(),
          result.enrichment().accounts());
      result.enrichment().lines().forEach(line -> out.println("  " + line));
    }
    out.printf(
        Locale.ROOT,
        "Assembled %,d accounts%s.%n",
        result.accounts().accounts(),
        result.accounts().asOf().map(d -> " as of " + d).orElse(""));
    for (ComputedColumn column : result.accounts().computed()) {
      out.println(
          "  "
              + column.name()
              + ": "
              + column.rule()
              + " ("
              + String.join(", ", column.sources())
              + ")");
    }
    result.accounts().notes().forEach(note -> out.println("note: " + note));
  }
}
