package org.icpengine.data.sources;

import java.util.ArrayList;
import java.util.List;

/**
 * What linking did: one line per file, and notes (accounts without a key left out, ignored files,
 * row-level problems).
 *
 * @param links the files read, accounts first
 * @param notes what a user should know, in words
 */
public record LinkReport(List<SourceLink> links, List<String> notes) {
  public LinkReport {
    links = List.copyOf(links);
    notes = List.copyOf(notes);
  }

  /** Returns the report as lines to print. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (SourceLink link : links) {
      lines.add(link.describe());
      link.problems().forEach(p -> lines.add("  problem: " + p));
    }
    notes.forEach(n -> lines.add("note: " + n));
    return lines;
  }
}
