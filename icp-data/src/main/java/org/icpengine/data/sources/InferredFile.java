package org.icpengine.data.sources;

import java.util.Optional;

/**
 * One file as {@code icp sources init} read it: for the summary it prints.
 *
 * @param file the file's name
 * @param kind the kind inferred, or {@code ignore}
 * @param key the column holding the account key, if one was found
 * @param rows the rows read (0 when the file could not be read)
 * @param reason the evidence for the kind, or why the file is ignored
 */
public record InferredFile(
    String file, String kind, Optional<String> key, long rows, String reason) {}
