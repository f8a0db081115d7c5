package org.icpengine.cli.derive;

import static org.icpengine.cli.text.Formats.pValue;
import static org.icpengine.cli.text.Formats.percent;
import static org.icpengine.cli.text.Formats.ratio;

import java.io.PrintWriter;
import java.util.List;
import org.icpengine.cli.text.Formats;
import org.icpengine.cli.text.TextTable;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.IcpSegment;
import org.icpengine.data.icp.Trait;

/** The derived ICP as a person reads it in a terminal. */
public final class IcpText {
  private IcpText() {}

  /** Prints the ideal definition, the summary, the traits, the segments, coverage and notes. */
  public static void print(IcpDefinition icp, PrintWriter out) {
    out.println(
        "Ideal: "
            + icp.ideal().description()
            + " — "
            + Formats.count(icp.ideal().idealRows())
            + " of "
            + Formats.count(icp.ideal().rows())
            + " accounts");
    out.println();
    out.println(icp.summary());
    out.println();
    TextTable traits =
        new TextTable(
            List.of("TRAIT", "CATEGORY", "DIRECTION", "LIFT [95% CI]", "Q", "ACCOUNTS", "OF IDEAL"),
            new boolean[] {false, false, false, true, true, true, true},
            60);
    for (Trait t : icp.traits()) {
      traits.add(
          List.of(
              t.condition(),
              t.category(),
              t.direction(),
              ratio(t.lift().value())
                  + " ["
                  + ratio(t.lift().low())
                  + "–"
                  + ratio(t.lift().high())
                  + "]",
              pValue(t.qValue()),
              Formats.count(t.support()),
              percent(t.idealCoverage())));
    }
    traits.print(out, "");
    if (!icp.segments().isEmpty()) {
      out.println();
      TextTable segments =
          new TextTable(
              List.of("SEGMENT", "DIRECTION", "LIFT", "ACCOUNTS", "OF IDEAL"),
              new boolean[] {false, false, true, true, true},
              90);
      for (IcpSegment s : icp.segments()) {
        segments.add(
            List.of(
                String.join(" and ", s.conditions()),
                s.direction(),
                ratio(s.lift().value()),
                Formats.count(s.support()),
                percent(s.idealCoverage())));
      }
      segments.print(out, "");
    }
    out.println();
    out.println(
        "Coverage: the ICP matches "
            + percent(icp.coverage().idealShare())
            + " of ideal accounts and "
            + percent(icp.coverage().allShare())
            + " of all accounts.");
    icp.excluded().stream()
        .filter(e -> e.reason().contains("leakage"))
        .forEach(
            e ->
                out.println(
                    "Left out as likely leakage: "
                        + e.column()
                        + " (use --include-leaky to use it)"));
    icp.notes().forEach(note -> out.println("Note: " + note));
  }
}
