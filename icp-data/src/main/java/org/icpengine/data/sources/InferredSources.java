package org.icpengine.data.sources;

import java.util.List;

/**
 * What {@code icp sources init} inferred from a folder of exports.
 *
 * @param sources the {@code sources.yaml} to write
 * @param files one line per file, in file order
 * @param checks what the user should check before going on, in words
 */
public record InferredSources(Sources sources, List<InferredFile> files, List<String> checks) {
  public InferredSources {
    files = List.copyOf(files);
    checks = List.copyOf(checks);
  }
}
