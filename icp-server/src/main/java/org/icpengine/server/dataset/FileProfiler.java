package org.icpengine.server.dataset;

import java.nio.file.Path;

/** Reads, cleans and profiles an uploaded file as {@code icp profile --json} does. */
@FunctionalInterface
public interface FileProfiler {
  /**
   * Returns the file's profile as JSON, with {@code file} set to the name it was uploaded under.
   *
   * @throws org.icpengine.data.InputException when the file cannot be read as a dataset
   * @throws org.icpengine.server.ServerException 422 when reading it failed or took too long
   */
  String profile(Path file, String fileName) throws Exception;
}
