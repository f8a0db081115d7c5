package org.icpengine.data.assembly;

import java.util.List;

/**
 * A column the assembly computed, with where it came from.
 *
 * @param name the stable column name (documented in docs/, e.g. {@code win_rate})
 * @param rule the rule in words, e.g. "won deals ÷ closed deals, open deals excluded"
 * @param sources the sources.yaml names of the files it was computed from
 */
public record ComputedColumn(String name, String rule, List<String> sources) {
  public ComputedColumn {
    sources = List.copyOf(sources);
  }
}
