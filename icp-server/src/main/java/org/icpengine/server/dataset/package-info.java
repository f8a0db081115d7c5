/**
 * Datasets uploaded to a workspace: streamed to disk under a size limit, read and cleaned as the
 * CLI does, profiled, and kept with their profile; an interrupted or unreadable upload leaves
 * nothing behind.
 */
package org.icpengine.server.dataset;
