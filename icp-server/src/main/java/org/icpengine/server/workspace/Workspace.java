package org.icpengine.server.workspace;

import java.time.Instant;

/**
 * A company's or team's space: its datasets, ICP versions, tokens and audit log.
 *
 * @param id the database id
 * @param name the name used in addresses, lower case letters, digits and dashes
 * @param publishedVersion the id of the version used for scoring, or null before the first
 * @param createdAt when it was created
 */
public record Workspace(long id, String name, Long publishedVersion, Instant createdAt) {}
