package org.icpengine.sample.enrichment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.icpengine.sample.Draws;

/**
 * Many fictional companies with names as varied as real ones: one or two made-up distinctive words
 * ("Velorix", "Brantam") and often a common word ("Health", "Systems", "Group"), a legal form and a
 * country; names and domains unique. For benchmarks of a million accounts.
 */
public final class SyntheticCompanies {
  private static final List<String> SYLLABLES =
      List.of(
          "ba", "bran", "cor", "da", "del", "fa", "gar", "ho", "ix", "jo", "ka", "lan", "lo", "mar",
          "mi", "nor", "no", "pa", "pel", "qua", "ra", "rix", "sa", "sel", "ta", "tam", "ul", "va",
          "ve", "wen", "xa", "yo", "zen", "zo", "tri", "bel", "cas", "dor", "fin", "gal");
  static final List<String> GENERIC =
      List.of(
          "Health",
          "Systems",
          "Group",
          "Holdings",
          "Solutions",
          "Technologies",
          "Capital",
          "Partners",
          "Logistics",
          "Software",
          "Foods",
          "Energy",
          "Media",
          "Labs",
          "Bank",
          "Insurance",
          "Consulting",
          "Services",
          "International",
          "Industries",
          "Global",
          "Digital",
          "Analytics",
          "Networks",
          "Pharma",
          "Retail",
          "Motors",
          "Studios");
  static final List<String> COUNTRIES =
      List.of(
          "United States",
          "United States",
          "United States",
          "United Kingdom",
          "Germany",
          "France",
          "Australia",
          "Canada",
          "Netherlands",
          "Brazil",
          "India",
          "Spain");
  private static final List<String> FORMS =
      List.of("Inc.", "LLC", "Ltd", "GmbH", "Pty Ltd", "S.A.", "B.V.", "Corp.", "", "");
  private static final List<String> TECH =
      List.of(
          "Salesforce",
          "HubSpot",
          "Snowflake",
          "AWS",
          "Azure",
          "GCP",
          "Segment",
          "Looker",
          "Tableau",
          "Stripe",
          "Zendesk",
          "Slack",
          "Databricks",
          "SAP",
          "Oracle");

  private SyntheticCompanies() {}

  /** Draws {@code n} companies with unique names and domains. */
  public static List<EnrichmentCompany> draw(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<EnrichmentCompany> companies = new ArrayList<>(n);
    Set<String> keys = new HashSet<>();
    while (companies.size() < n) {
      String first = word(rnd);
      String words = first;
      if (Draws.chance(rnd, 0.35)) {
        words += " " + word(rnd);
      }
      if (Draws.chance(rnd, 0.6)) {
        words += " " + Draws.pick(rnd, GENERIC);
      }
      String key = words.toLowerCase(java.util.Locale.ROOT);
      if (!keys.add(key)) {
        continue;
      }
      String form = Draws.pick(rnd, FORMS);
      companies.add(
          new EnrichmentCompany(
              "S" + companies.size(),
              form.isEmpty() ? words : words + " " + form,
              key.replace(" ", "") + ".com",
              Draws.pick(rnd, COUNTRIES),
              technologies(rnd)));
    }
    return companies;
  }

  /** Draws a made-up distinctive word of two or three syllables, capitalised. */
  static String word(SplittableRandom rnd) {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + rnd.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      word.append(Draws.pick(rnd, SYLLABLES));
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static List<String> technologies(SplittableRandom rnd) {
    List<String> stack = new ArrayList<>();
    for (String t : TECH) {
      if (Draws.chance(rnd, 0.2)) {
        stack.add(t);
      }
    }
    return stack;
  }
}
