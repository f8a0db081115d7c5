package org.icpengine.data.clean;

import java.util.List;

/** The date layouts exports use, as the engine's strptime formats. */
public final class DateFormats {
  /** The ISO layout, which needs no rewriting. */
  public static final String ISO = "%Y-%m-%d";

  /** Every layout tried, ISO first; day-first and month-first are told apart on a sample. */
  public static final List<String> CANDIDATES =
      List.of(
          ISO,
          "%Y-%m-%d %H:%M:%S",
          "%Y-%m-%dT%H:%M:%S",
          "%Y-%m-%dT%H:%M:%SZ",
          "%Y-%m-%dT%H:%M:%S.%fZ",
          "%Y-%m-%dT%H:%M:%S.%f%z",
          "%Y-%m-%dT%H:%M:%S%z",
          "%Y/%m/%d",
          "%m/%d/%Y",
          "%d/%m/%Y",
          "%m/%d/%Y %H:%M",
          "%d/%m/%Y %H:%M",
          "%m/%d/%y",
          "%d/%m/%y",
          "%d.%m.%Y",
          "%d-%m-%Y",
          "%m-%d-%Y",
          "%b %d, %Y",
          "%B %d, %Y",
          "%d %b %Y",
          "%d %B %Y",
          "%d-%b-%Y",
          "%d-%b-%y");

  private DateFormats() {}
}
