package org.icpengine.server.dataset;

/**
 * What uploads may be and how they are read.
 *
 * @param limitBytes the largest upload taken
 * @param quotaBytes the most bytes of datasets one workspace may keep
 * @param slots how many uploads may arrive at once
 * @param profiler how an upload is read and profiled (in a child process on a server)
 */
public record UploadPolicy(
    long limitBytes, long quotaBytes, UploadSlots slots, FileProfiler profiler) {}
