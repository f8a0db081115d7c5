package org.icpengine.cli;

import java.nio.file.Path;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.Mapping;
import org.icpengine.data.profile.MappingFile;
import org.icpengine.data.source.ReadOptions;
import picocli.CommandLine.Option;

/** The options every command that reads a customer file shares. */
public final class InputOptions {
  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "YAML file that sets column roles, categories and types (see --write-mapping)")
  Path mapping;

  @Option(
      names = "--strict",
      description = "Fail on the first row-level problem instead of reporting it and going on")
  boolean strict;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description = "Text encoding of the file, e.g. windows-1252 (default: detected)")
  String encoding;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "Field delimiter of delimited text: , ; | or tab (default: detected)")
  String delimiter;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Returns the dataset options these command-line options describe. */
  public DatasetOptions datasetOptions() {
    ReadOptions read =
        ReadOptions.builder()
            .encoding(encoding)
            .delimiter(delimiter(delimiter))
            .strict(strict)
            .build();
    Mapping overrides = mapping == null ? Mapping.none() : MappingFile.read(mapping);
    return new DatasetOptions(read, overrides, DatasetOptions.Progress.none());
  }

  /**
   * Returns the delimiter a {@code --delimiter} value names: one character, or the word tab; null
   * when none was given (detect it).
   *
   * @throws InputException for anything else
   */
  public static Character delimiter(String text) {
    if (text == null) {
      return null;
    }
    if (text.equalsIgnoreCase("tab") || text.equals("\\t")) {
      return '\t';
    }
    if (text.length() != 1) {
      throw new InputException(
          "--delimiter takes one character, such as , or ; or |, or the word tab");
    }
    return text.charAt(0);
  }
}
