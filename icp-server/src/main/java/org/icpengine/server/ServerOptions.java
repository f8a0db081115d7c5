package org.icpengine.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to start the server.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param dataFolder the data folder (embedded database, datasets)
 * @param uploadLimitBytes the largest upload taken
 * @param secureCookies whether session cookies are marked Secure (behind TLS)
 * @param environment where {@code ICP_DB_URL} and friends are read from
 * @param limits how much work and disk the server gives each job and workspace
 */
public record ServerOptions(
    String host,
    int port,
    Path dataFolder,
    long uploadLimitBytes,
    boolean secureCookies,
    Map<String, String> environment,
    Limits limits) {
  /** The default upload limit in MiB, as {@code --upload-limit} and the API's description say. */
  public static final int DEFAULT_UPLOAD_LIMIT_MIB = 1024;

  /** The default upload limit: 1 GiB. */
  public static final long DEFAULT_UPLOAD_LIMIT = (long) DEFAULT_UPLOAD_LIMIT_MIB << 20;

  /**
   * How much work and disk the server gives out.
   *
   * @param jobTimeout the longest a derive may run before it is stopped
   * @param workspaceQuotaBytes the most bytes of datasets one workspace may keep
   * @param uploads how many uploads the server takes at once
   * @param uploadsPerWorkspace how many uploads one workspace may send at once
   */
  public record Limits(
      Duration jobTimeout, long workspaceQuotaBytes, int uploads, int uploadsPerWorkspace) {
    /** The default storage quota of a workspace in GiB, as {@code --workspace-quota} says. */
    public static final int DEFAULT_WORKSPACE_QUOTA_GIB = 10;

    /** The default storage quota of a workspace: 10 GiB. */
    public static final long DEFAULT_WORKSPACE_QUOTA = (long) DEFAULT_WORKSPACE_QUOTA_GIB << 30;

    /** Checks the limits are positive. */
    public Limits {
      Objects.requireNonNull(jobTimeout, "jobTimeout");
      if (jobTimeout.isNegative() || jobTimeout.isZero()) {
        throw new IllegalArgumentException("the job time limit must be positive: " + jobTimeout);
      }
      if (workspaceQuotaBytes < 1 || uploads < 1 || uploadsPerWorkspace < 1) {
        throw new IllegalArgumentException(
            "the quota and upload limits must be at least 1: "
                + workspaceQuotaBytes
                + ", "
                + uploads
                + ", "
                + uploadsPerWorkspace);
      }
    }

    /** Returns the defaults: 30 minutes a derive, 10 GiB a workspace, 4 uploads (2 each). */
    public static Limits defaults() {
      return new Limits(Duration.ofMinutes(30), DEFAULT_WORKSPACE_QUOTA, 4, 2);
    }

    /** Returns these limits with another job time limit. */
    public Limits withJobTimeout(Duration timeout) {
      return new Limits(timeout, workspaceQuotaBytes, uploads, uploadsPerWorkspace);
    }

    /** Returns these limits with another workspace quota. */
    public Limits withWorkspaceQuota(long bytes) {
      return new Limits(jobTimeout, bytes, uploads, uploadsPerWorkspace);
    }
  }

  /** Copies the environment. */
  public ServerOptions {
    environment = Map.copyOf(environment);
    Objects.requireNonNull(limits, "limits");
  }

  /** Creates the options with the default limits. */
  public ServerOptions(
      String host,
      int port,
      Path dataFolder,
      long uploadLimitBytes,
      boolean secureCookies,
      Map<String, String> environment) {
    this(host, port, dataFolder, uploadLimitBytes, secureCookies, environment, Limits.defaults());
  }
}
