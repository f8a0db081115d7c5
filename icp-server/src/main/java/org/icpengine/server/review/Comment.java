package org.icpengine.server.review;

import java.time.Instant;

/**
 * A comment on a version, on one of its traits or on the whole version.
 *
 * @param id its id
 * @param versionId the version
 * @param subject what it is about: a trait's condition, or "version"
 * @param parentId the comment it answers, or null
 * @param author who wrote it
 * @param body what they wrote
 * @param createdAt when
 */
public record Comment(
    long id,
    long versionId,
    String subject,
    Long parentId,
    String author,
    String body,
    Instant createdAt) {}
