package org.icpengine.data.abm;

import java.nio.file.Path;
import java.util.Optional;
import org.icpengine.data.fit.OutputFormat;

/**
 * How to build the ABM list.
 *
 * @param top how many prospects to list and write, at least 1
 * @param format the output's layout: CSV or a CRM's import (Parquet is refused)
 * @param out the file to write the list to, if any (whole or not at all)
 */
public record AbmOptions(int top, OutputFormat format, Optional<Path> out) {

  /** The list's length when none is asked for. */
  public static final int DEFAULT_TOP = 100;

  /** Checks the length and the layout. */
  public AbmOptions {
    if (top < 1) {
      throw new IllegalArgumentException("the ABM list needs at least 1 prospect, not " + top);
    }
    if (format == OutputFormat.PARQUET) {
      throw new IllegalArgumentException(
          "the ABM list is written for a CRM: use csv, hubspot or salesforce, not parquet");
    }
  }
}
