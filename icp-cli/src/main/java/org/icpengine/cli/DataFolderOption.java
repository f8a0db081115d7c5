package org.icpengine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The server's data folder, shared by {@code icp serve} and the operators' commands. */
public final class DataFolderOption {
  /** The folder used when none is given. */
  public static final String DEFAULT = "icp-server-data";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = DEFAULT,
      description =
          "The server's data folder: the embedded app database and uploaded datasets (default:"
              + " ${DEFAULT-VALUE}). With ICP_DB_URL set, the database is PostgreSQL and only"
              + " datasets live here.")
  Path data;

  /** Returns the folder. */
  public Path folder() {
    return data;
  }
}
