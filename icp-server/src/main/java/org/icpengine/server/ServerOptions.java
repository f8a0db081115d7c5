package org.icpengine.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to start the server.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param dataFolder the data folder (embedded database, datasets)
 * @param uploadLimitBytes the largest upload taken
 * @param secureCookies whether session cookies are marked Secure (behind TLS)
 * @param environment where {@code ICP_DB_URL} and friends are read from
 */
public record ServerOptions(
    String host,
    int port,
    Path dataFolder,
    long uploadLimitBytes,
    boolean secureCookies,
    Map<String, String> environment) {
  /** The default upload limit: 1 GiB. */
  public static final long DEFAULT_UPLOAD_LIMIT = 1L << 30;

  /** Copies the environment. */
  public ServerOptions {
    environment = Map.copyOf(environment);
  }
}
