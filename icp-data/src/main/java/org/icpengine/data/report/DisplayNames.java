package org.icpengine.data.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.fit.ColumnSynonyms;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.model.document.IcpContents;

/**
 * The report's names for the file's columns, as a CRM shows them ({@link ColumnSynonyms#label}):
 * conditions and sentences are rewritten with them, the appendix keeps the file's names.
 */
final class DisplayNames {
  /** Column name to label, longest name first so a name inside a longer one is not replaced. */
  private final Map<String, String> labels;

  private DisplayNames(Map<String, String> labels) {
    this.labels = labels;
  }

  /** The labels of the columns the ICP used and the traits it names. */
  static DisplayNames of(IcpDefinition icp) {
    return of(
        java.util.stream.Stream.concat(
                icp.used().stream().map(IcpContents.Column::column),
                icp.traits().stream().map(t -> t.attribute()))
            .toList());
  }

  /** The labels of the given columns. */
  static DisplayNames of(List<String> names) {
    List<String> columns =
        names.stream()
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    Map<String, String> labels = new LinkedHashMap<>();
    columns.forEach(c -> labels.put(c, ColumnSynonyms.label(c)));
    return new DisplayNames(labels);
  }

  /** Returns a column's label. */
  String column(String name) {
    return labels.getOrDefault(name, ColumnSynonyms.label(name));
  }

  /** Returns the column a condition is on (the longest known name it starts with), else itself. */
  String attribute(String condition) {
    return labels.keySet().stream().filter(condition::startsWith).findFirst().orElse(condition);
  }

  /** Returns a condition or sentence with every column name the ICP knows in its label. */
  String text(String text) {
    String out = text;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!e.getKey().equals(e.getValue())) {
        out = out.replace(e.getKey(), e.getValue());
      }
    }
    return out;
  }
}
