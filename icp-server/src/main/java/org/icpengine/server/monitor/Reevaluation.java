package org.icpengine.server.monitor;

import java.time.Instant;

/**
 * A re-evaluation the scheduler started: a derive of the newest dataset whose draft is put up for
 * review with its diff against the published version and "what changed".
 *
 * @param id the database id
 * @param workspaceId the workspace
 * @param publishedVersionId the version published when it started
 * @param reason {@code due} (the review interval passed) or {@code drift} (a confirmed alarm)
 * @param driftCheckId the check that raised the alarm, or null
 * @param jobId the derive job
 * @param state {@code deriving}, {@code in_review} or {@code failed}
 * @param versionId the draft it made, or null while deriving or after a failure
 * @param summary the diff and what changed as JSON once in review, the failure in words, or {@code
 *     {}} while deriving
 * @param requestedAt when it started
 * @param finishedAt when the draft went up for review or the derive failed, or null
 */
public record Reevaluation(
    long id,
    long workspaceId,
    long publishedVersionId,
    String reason,
    Long driftCheckId,
    long jobId,
    String state,
    Long versionId,
    String summary,
    Instant requestedAt,
    Instant finishedAt) {
  /** Returns whether it still waits for its derive. */
  public boolean deriving() {
    return state.equals("deriving");
  }
}
