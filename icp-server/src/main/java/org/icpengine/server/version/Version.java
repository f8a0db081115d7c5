package org.icpengine.server.version;

import java.time.Instant;

/**
 * One version of a workspace's ICP.
 *
 * @param id the database id
 * @param workspaceId the workspace
 * @param number its number in the workspace, from 1
 * @param state where it is in its life
 * @param revision increases with every change; an edit must name the revision it started from
 * @param origin "derived" or "imported"
 * @param datasetId the dataset it was derived from, or null
 * @param notes the team's notes
 * @param icp the icp.json document, or null in listings
 * @param createdAt when it was made
 * @param createdBy who made it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record Version(
    long id,
    long workspaceId,
    int number,
    VersionState state,
    int revision,
    String origin,
    Long datasetId,
    String notes,
    String icp,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {
  /** Returns the version's ETag: its revision, quoted. */
  public String etag() {
    return "\"" + revision + "\"";
  }
}
