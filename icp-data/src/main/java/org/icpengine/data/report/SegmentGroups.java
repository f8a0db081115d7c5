package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.icpengine.model.document.IcpContents;

/**
 * The report's segments, near-duplicates grouped: segments of the same direction on the same set of
 * columns differ only in their cut-offs, so they share one heading naming the columns and what all
 * of them require, and each row shows what sets it apart.
 */
final class SegmentGroups {
  private SegmentGroups() {}

  static void write(StringBuilder html, List<IcpContents.Segment> segments, DisplayNames names) {
    if (segments.isEmpty()) {
      return;
    }
    html.append(
        "<section><h2>Segments</h2><p>Combinations of traits. Segments on the same columns are"
            + " near-duplicates — the same customers cut a little differently — and stand under one"
            + " heading.</p><table><thead><tr><th>Conditions</th><th>Lift [95% CI]</th>"
            + "<th>Accounts</th><th>Of ideal</th></tr></thead><tbody>");
    for (List<IcpContents.Segment> group : groups(segments, names).values()) {
      List<String> shared = shared(group);
      html.append("<tr class=\"group\"><th colspan=\"4\">")
          .append(text(heading(group.get(0), shared, names)))
          .append("</th></tr>");
      for (IcpContents.Segment s : group) {
        List<String> own = s.conditions().stream().filter(c -> !shared.contains(c)).toList();
        html.append("<tr><td>")
            .append(
                text(own.isEmpty() ? "(as the heading)" : names.text(String.join(" and ", own))))
            .append("</td><td class=\"nowrap\">")
            .append(
                String.format(
                    Locale.ROOT,
                    "%.2f [%.2f–%.2f]",
                    s.lift().value(),
                    s.lift().low(),
                    s.lift().high()))
            .append("</td><td>")
            .append(String.format(Locale.ROOT, "%,d", s.support()))
            .append("</td><td>")
            .append(ReportHtml.percent(s.idealCoverage()))
            .append("</td></tr>");
      }
    }
    html.append("</tbody></table></section>");
  }

  /** Groups by direction and the set of columns, keeping the order of first appearance. */
  static Map<String, List<IcpContents.Segment>> groups(
      List<IcpContents.Segment> segments, DisplayNames names) {
    Map<String, List<IcpContents.Segment>> groups = new LinkedHashMap<>();
    for (IcpContents.Segment s : segments) {
      TreeSet<String> columns = new TreeSet<>();
      s.conditions().forEach(c -> columns.add(names.attribute(c)));
      groups.computeIfAbsent(s.direction() + " " + columns, k -> new ArrayList<>()).add(s);
    }
    return groups;
  }

  private static List<String> shared(List<IcpContents.Segment> group) {
    List<String> shared = new ArrayList<>(group.get(0).conditions());
    group.forEach(s -> shared.retainAll(s.conditions()));
    return shared;
  }

  private static String heading(
      IcpContents.Segment first, List<String> shared, DisplayNames names) {
    List<String> columns =
        first.conditions().stream().map(names::attribute).map(names::column).toList();
    String on =
        (first.direction().equals("positive") ? "Ideal-rich: " : "Ideal-poor: ")
            + String.join(" × ", columns);
    return shared.isEmpty() ? on : on + " — all with " + names.text(String.join(" and ", shared));
  }
}
