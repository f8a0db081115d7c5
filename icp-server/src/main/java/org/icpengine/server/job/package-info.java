/**
 * Derives run in the background: a job is recorded, runs on its own thread with an engine of its
 * own, reports its steps for polling, and on success adds the new version and finishes in one
 * transaction; a failed or interrupted derive leaves no version.
 */
package org.icpengine.server.job;
