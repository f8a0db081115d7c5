package org.icpengine.data.matching;

import java.util.Locale;
import org.icpengine.model.clean.Countries;

/**
 * One side of a possible link: an account or a row of another file, by what matching reads. Missing
 * values are null.
 *
 * @param name the company name as written
 * @param domain the web address, domain or an e-mail address
 * @param country the country, any common spelling ("US", "United States")
 * @param city the city
 */
public record Party(String name, String domain, String country, String city) {
  public Party {
    name = blankToNull(name);
    domain = blankToNull(domain);
    country =
        blankToNull(country) == null ? null : Countries.canonical(country).orElse(fold(country));
    city = blankToNull(city) == null ? null : fold(city);
  }

  /** Returns a party known by its name only. */
  public static Party named(String name) {
    return new Party(name, null, null, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String fold(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
