/**
 * Derives run in the background: a job is recorded, queued fairly between workspaces ({@code
 * JobQueue}), runs on one thread with an engine of its own, reports its steps for polling, and on
 * success adds the new version and finishes in one transaction; a failed, timed-out or cancelled
 * derive leaves no version. Start from {@code DeriveJobs}.
 */
package org.icpengine.server.job;
