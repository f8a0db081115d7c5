package org.icpengine.sample;

import static org.icpengine.sample.Draws.chance;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Fictional company names built from word lists ("Acme Ledger Ltd", "Blue Harbor Health Inc.") with
 * a legal form that suits the country, and the domain that goes with each name. A few names hold a
 * comma, double quotes or accented letters, as real exports do.
 */
public final class CompanyNames {
  private static final List<String> FIRST =
      words(
          "Acme Blue Summit Cobalt Granite Silver Maple Cedar Orion Atlas Beacon Crimson "
              + "Delta Ember Falcon Golden Horizon Iron Juniper Keystone Lumen Meridian Nova "
              + "Oak Pioneer Quartz River Sage Titan Union Vertex Willow Zenith Apex Bright "
              + "Clear Copper Evergreen Liberty North Pacific Prime Redwood Stone Sunrise True "
              + "West Harbor Cascade Ridge Polar Cardinal Velvet Café Müller Nordström Søren "
              + "Zürich São Björk Élan Crème");
  private static final List<String> SECOND =
      words(
          "Ledger Harbor Health Pay Labs Systems Data Logic Works Capital Care Med Cart "
              + "Goods Freight Media Learn Estate Partners Retail Bio Cloud Point Bridge Path "
              + "Line Stack Wave Field Grid Forge Trust Gate Link Shift Scale Signal Vault Peak "
              + "Port Hub Nest Craft Yard Mill Loop Metrics Markets");
  private static final List<String> THIRD =
      words(
          "Health Analytics Group Digital Technologies Solutions Holdings Software "
              + "Networks Ventures");
  private static final List<String> FIRST_STEMS = stems(FIRST);
  private static final List<String> SECOND_STEMS = stems(SECOND);
  private static final List<String> THIRD_STEMS = stems(THIRD);
  private static final List<String> TLDS = List.of("com", "com", "com", "io", "ai", "co");
  private static final Map<String, String> NATIONAL_DOMAINS =
      Map.of(
          "United Kingdom", "co.uk",
          "Germany", "de",
          "France", "fr",
          "Netherlands", "nl",
          "Spain", "es",
          "Australia", "com.au",
          "India", "in",
          "Brazil", "com.br",
          "Canada", "ca");
  private static final List<String> US_LEGAL_FORMS =
      List.of("Inc.", "Inc.", "Inc", "LLC", "Corp.", "Co.");
  private static final Map<String, List<String>> LEGAL_FORMS =
      Map.of(
          "United Kingdom", List.of("Ltd", "Ltd.", "Limited", "plc"),
          "Germany", List.of("GmbH", "GmbH", "AG"),
          "France", List.of("SAS", "S.A."),
          "Netherlands", List.of("B.V."),
          "Spain", List.of("S.L.", "S.A."),
          "Australia", List.of("Pty Ltd"),
          "India", List.of("Pvt Ltd", "Private Limited"),
          "Brazil", List.of("Ltda."));

  private CompanyNames() {}

  /** A company's display name and the bare domain of its website, like "bluharbor.io". */
  record Name(String display, String domain) {}

  /** Draws a name whose legal form and top-level domain suit {@code country}. */
  static Name draw(String country, SplittableRandom rnd) {
    int first = rnd.nextInt(FIRST.size());
    int second = rnd.nextInt(SECOND.size());
    int third = chance(rnd, 0.3) ? rnd.nextInt(THIRD.size()) : -1;
    String words =
        FIRST.get(first) + " " + SECOND.get(second) + (third < 0 ? "" : " " + THIRD.get(third));
    String domain =
        FIRST_STEMS.get(first)
            + SECOND_STEMS.get(second)
            + (third < 0 ? "" : THIRD_STEMS.get(third))
            + "."
            + topLevelDomain(country, rnd);
    return new Name(withLegalForm(words, country, rnd), domain);
  }

  private static String withLegalForm(String words, String country, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    String form = legalForm(country, rnd);
    if (u < 0.03) {
      return words + ", " + form;
    }
    if (u < 0.045) {
      int space = words.indexOf(' ');
      return words.substring(0, space) + " \"" + words.substring(space + 1) + "\" " + form;
    }
    return u < 0.12 ? words : words + " " + form;
  }

  private static String legalForm(String country, SplittableRandom rnd) {
    return Draws.pick(rnd, LEGAL_FORMS.getOrDefault(country, US_LEGAL_FORMS));
  }

  private static String topLevelDomain(String country, SplittableRandom rnd) {
    String national = NATIONAL_DOMAINS.get(country);
    return national == null || chance(rnd, 0.6) ? Draws.pick(rnd, TLDS) : national;
  }

  private static List<String> words(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }

  private static List<String> stems(List<String> words) {
    return words.stream().map(CompanyNames::stem).collect(Collectors.toUnmodifiableList());
  }

  /** Lower-cases, strips accents and drops everything but ASCII letters and digits. */
  public static String stem(String words) {
    String ascii = words.replace("ø", "o").replace("Ø", "O").replace("ß", "ss");
    String decomposed = Normalizer.normalize(ascii, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      }
    }
    return out.toString();
  }
}
