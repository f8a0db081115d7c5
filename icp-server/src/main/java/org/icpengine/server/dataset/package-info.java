/**
 * Datasets uploaded to a workspace: streamed to disk under a size limit and the workspace's quota,
 * a few at a time ({@code UploadSlots}), read and cleaned as the CLI does in a child process
 * ({@code ProfileProcess}), and kept with their profile; an interrupted or unreadable upload leaves
 * nothing behind. Start from {@code Datasets}. A zip of linked exports with enrichment files has a
 * review list of uncertain matches ({@code MatchReviews}); the workspace's decisions ({@code
 * MatchDecisionStore}) are applied to every later assemble of its exports.
 */
package org.icpengine.server.dataset;
