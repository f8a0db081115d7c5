/**
 * Datasets uploaded to a workspace: streamed to disk under a size limit and the workspace's quota,
 * a few at a time ({@code UploadSlots}), read and cleaned as the CLI does in a child process
 * ({@code ProfileProcess}), and kept with their profile; an interrupted or unreadable upload leaves
 * nothing behind. Start from {@code Datasets}.
 */
package org.icpengine.server.dataset;
