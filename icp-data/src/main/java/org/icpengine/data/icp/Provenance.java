package org.icpengine.data.icp;

import java.time.Instant;
import java.util.Map;

/**
 * Where an ICP came from, so that it can be reproduced and audited.
 *
 * @param inputFile the input file's name
 * @param inputSha256 the SHA-256 of the input file's bytes, in hex
 * @param rows the number of rows read
 * @param options the options the derivation ran with
 * @param seed the random seed of the discovery/confirmation split
 * @param engineVersion the embedded analytics engine's version
 * @param icpEngineVersion ICP Engine's version
 * @param createdAt when the ICP was derived
 */
public record Provenance(
    String inputFile,
    String inputSha256,
    long rows,
    Map<String, Object> options,
    long seed,
    String engineVersion,
    String icpEngineVersion,
    Instant createdAt) {

  /** Copies the map, keeping the options' order (icp.json writes them in it). */
  public Provenance {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }
}
