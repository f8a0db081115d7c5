package org.icpengine.server.audit;

import java.time.Instant;

/**
 * One recorded change.
 *
 * @param id the entry's id, increasing
 * @param at when
 * @param actor who: a user's e-mail address, "token NAME", or "cli" for operators' commands
 * @param action what, e.g. {@code version.published}
 * @param target what it was done to, e.g. {@code version 3}
 * @param detail more words, may be empty
 */
public record AuditEntry(
    long id, Instant at, String actor, String action, String target, String detail) {}
