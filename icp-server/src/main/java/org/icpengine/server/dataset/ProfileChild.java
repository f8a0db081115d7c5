package org.icpengine.server.dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ProfileJson;

/**
 * The child process {@link ProfileProcess} starts: reads and profiles one file (or links a folder
 * of exports into one, {@link LinkedExports}) with an engine of its own and prints the profile as
 * one line of JSON (exit 0), or why the file is not a dataset (exit 3). A crash in the engine's
 * native code ends only this process.
 */
public final class ProfileChild {
  /** The exit code for a file that is not a dataset; the message is printed. */
  static final int NOT_A_DATASET = 3;

  private ProfileChild() {}

  /** Arguments: the file, the name it was uploaded under, the engine's memory limit. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int code;
    try {
      out.println(profile(Path.of(args[0]), args[1], args[2]));
      code = 0;
    } catch (InputException e) {
      out.println(e.getMessage().replace('\n', ' '));
      code = NOT_A_DATASET;
    } catch (IOException | RuntimeException | Error e) {
      e.printStackTrace();
      code = 1;
    }
    out.flush();
    System.exit(code);
  }

  /** Profiles a file, or links and profiles a folder of exports ({@link LinkedExports}). */
  private static String profile(Path file, String fileName, String memoryLimit) throws IOException {
    if (Files.isDirectory(file)) {
      return LinkedExports.profile(file, fileName, memoryLimit);
    }
    try (Engine engine = Engine.open(memoryLimit)) {
      Dataset dataset = Dataset.open(engine, file, DatasetOptions.defaults());
      return ProfileJson.of(dataset.profile()).put("file", fileName).toString();
    }
  }
}
