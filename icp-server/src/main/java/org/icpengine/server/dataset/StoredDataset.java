package org.icpengine.server.dataset;

import java.time.Instant;

/**
 * An uploaded dataset.
 *
 * @param id its id
 * @param workspaceId its workspace
 * @param name the file name it was uploaded under
 * @param storedFile where it is, relative to the data folder
 * @param sizeBytes its size
 * @param sha256 its SHA-256 digest, hex
 * @param rows its data rows
 * @param profile its profile as JSON (as {@code icp profile --json} prints), or null in listings
 * @param uploadedAt when
 * @param uploadedBy who
 */
public record StoredDataset(
    long id,
    long workspaceId,
    String name,
    String storedFile,
    long sizeBytes,
    String sha256,
    long rows,
    String profile,
    Instant uploadedAt,
    String uploadedBy) {

  /** Returns this dataset as recorded under the id the store gave it. */
  public StoredDataset withId(long id) {
    return new StoredDataset(
        id,
        workspaceId,
        name,
        storedFile,
        sizeBytes,
        sha256,
        rows,
        profile,
        uploadedAt,
        uploadedBy);
  }
}
