package org.icpengine.server.review;

import java.time.Instant;

/**
 * A department's decision on a version.
 *
 * @param department the department
 * @param approved whether it approves (else it asks for changes)
 * @param note why
 * @param signedBy who signed for the department
 * @param signedAt when
 */
public record SignOff(
    Department department, boolean approved, String note, String signedBy, Instant signedAt) {}
