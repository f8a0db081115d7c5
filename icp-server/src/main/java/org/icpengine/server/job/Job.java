package org.icpengine.server.job;

import java.time.Instant;

/**
 * A background derive.
 *
 * @param id its id
 * @param workspaceId its workspace
 * @param datasetId the dataset it derives from
 * @param options the derive's options as JSON
 * @param state queued, running, succeeded, failed or cancelled
 * @param step the step under way, from 1, or 0 while queued
 * @param steps how many steps there are
 * @param stepName what the step does
 * @param error why it failed or who cancelled it, or null
 * @param versionNumber the version it made, or null
 * @param createdAt when it was started
 * @param createdBy who started it
 * @param finishedAt when it ended, or null
 */
public record Job(
    long id,
    long workspaceId,
    long datasetId,
    String options,
    String state,
    int step,
    int steps,
    String stepName,
    String error,
    Integer versionNumber,
    Instant createdAt,
    String createdBy,
    Instant finishedAt) {
  /** Returns the share of the steps done, 0 to 1. */
  public double progress() {
    if (state.equals("succeeded")) {
      return 1;
    }
    return steps == 0 ? 0 : Math.max(0, step - 1) / (double) steps;
  }
}
