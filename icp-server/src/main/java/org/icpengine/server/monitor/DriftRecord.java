package org.icpengine.server.monitor;

import java.time.Instant;

/**
 * One drift check of a dataset against the published version's reference dataset.
 *
 * @param id the database id
 * @param workspaceId the workspace
 * @param versionId the published version whose model was checked
 * @param referenceDatasetId the dataset the version was derived from
 * @param datasetId the new dataset
 * @param checkedAt when it was checked
 * @param alarm whether the check raised an alarm
 * @param error why the check could not be made, or null
 * @param report the report as {@code icp drift --json} prints it, or {@code {}} after an error
 */
public record DriftRecord(
    long id,
    long workspaceId,
    long versionId,
    long referenceDatasetId,
    long datasetId,
    Instant checkedAt,
    boolean alarm,
    String error,
    String report) {}
