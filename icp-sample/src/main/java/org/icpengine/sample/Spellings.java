package org.icpengine.sample;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.pick;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes categorical values the way people type them into a CRM: canonical most of the time,
 * otherwise in another case, padded, abbreviated or missing. Every variant of an industry differs
 * from its canonical name only in case, spaces and punctuation.
 */
public final class Spellings {
  static final List<String> INDUSTRIES =
      List.of(
          "Fintech",
          "Healthtech",
          "E-commerce",
          "Manufacturing",
          "Education",
          "Media",
          "Logistics",
          "Real Estate",
          "Retail",
          "Professional Services");
  static final List<String> COUNTRIES =
      List.of(
          "United States",
          "United Kingdom",
          "Germany",
          "France",
          "Canada",
          "Netherlands",
          "Australia",
          "India",
          "Brazil",
          "Spain");

  private static final Map<String, List<String>> INDUSTRY_VARIANTS =
      Map.of(
          "Fintech", List.of("FinTech", "Fin-Tech", "Fin Tech"),
          "Healthtech", List.of("Health Tech", "HealthTech", "Health-tech"),
          "E-commerce", List.of("Ecommerce", "e-Commerce", "E Commerce", "eCommerce"),
          "Real Estate", List.of("RealEstate", "Real estate", "Real-Estate"),
          "Professional Services", List.of("Professional services", "ProfessionalServices"));
  private static final Map<String, List<String>> COUNTRY_VARIANTS =
      Map.of(
          "United States",
          List.of("US", "USA", "U.S.", "U.S.A.", "united states", "United States of America"),
          "United Kingdom",
          List.of("UK", "GB", "Great Britain"),
          "Germany",
          List.of("DE", "Deutschland", "germany"),
          "France",
          List.of("FR", "france"),
          "Canada",
          List.of("CA", "canada"),
          "Netherlands",
          List.of("NL", "Holland", "The Netherlands"),
          "Australia",
          List.of("AU", "australia"),
          "India",
          List.of("IN", "india"),
          "Brazil",
          List.of("BR", "Brasil"),
          "Spain",
          List.of("ES", "España"));
  private static final List<String> MISSING_INDUSTRY = List.of("", "N/A", "-", "Select", "unknown");
  private static final List<String> MISSING_COUNTRY = List.of("", "", "N/A", "-");
  private static final List<List<String>> YES_NO =
      List.of(
          List.of("Yes", "No"),
          List.of("TRUE", "FALSE"),
          List.of("Y", "N"),
          List.of("1", "0"),
          List.of("yes", "no"));

  private Spellings() {}

  /** Writes an industry: about 3 % missing, 15 % a messy variant, the rest canonical. */
  public static String industry(String canonical, SplittableRandom rnd) {
    if (chance(rnd, 0.03)) {
      return pick(rnd, MISSING_INDUSTRY);
    }
    if (!chance(rnd, 0.155)) {
      return canonical;
    }
    List<String> specific = INDUSTRY_VARIANTS.getOrDefault(canonical, List.of());
    int choice = rnd.nextInt(3 + 2 * specific.size());
    return choice < 3 ? recased(canonical, choice) : specific.get((choice - 3) / 2);
  }

  /** Writes a country: about 2 % missing, 25 % abbreviated or otherwise messy. */
  public static String country(String canonical, SplittableRandom rnd) {
    if (chance(rnd, 0.02)) {
      return pick(rnd, MISSING_COUNTRY);
    }
    if (!chance(rnd, 0.255)) {
      return canonical;
    }
    List<String> specific = COUNTRY_VARIANTS.get(canonical);
    int choice = rnd.nextInt(2 + 4 * specific.size());
    return choice < 2 ? recased(canonical, choice + 1) : specific.get((choice - 2) / 4);
  }

  /** Writes a boolean as one of Yes/No, TRUE/FALSE, Y/N, 1/0 or yes/no, chosen per row. */
  public static String yesNo(boolean value, SplittableRandom rnd) {
    return pick(rnd, YES_NO).get(value ? 0 : 1);
  }

  /** Writes a tech stack joined by a per-row separator; about 3 % are left empty. */
  public static String technologies(List<String> items, SplittableRandom rnd) {
    if (items.isEmpty() || chance(rnd, 0.03)) {
      return "";
    }
    String separator = pick(rnd, List.of("; ", "|", ", "));
    int lowered = chance(rnd, 0.08) ? rnd.nextInt(items.size()) : -1;
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : separator);
      out.append(i == lowered ? items.get(i).toLowerCase(Locale.ROOT) : items.get(i));
    }
    return out.toString();
  }

  /** Writes a website in one of the forms people paste; about 4 % are empty. */
  public static String website(String domain, SplittableRandom rnd) {
    if (chance(rnd, 0.04)) {
      return "";
    }
    switch (rnd.nextInt(8)) {
      case 0:
      case 1:
        return "https://www." + domain + "/";
      case 2:
        return "WWW." + domain.toUpperCase(Locale.ROOT);
      case 3:
        return "http://" + domain + "/about";
      case 4:
        return "www." + domain;
      case 5:
        return "https://" + domain;
      default:
        return domain;
    }
  }

  private static String recased(String canonical, int choice) {
    switch (choice) {
      case 0:
        return canonical.toUpperCase(Locale.ROOT);
      case 1:
        return canonical.toLowerCase(Locale.ROOT);
      default:
        return " " + canonical + " ";
    }
  }
}
