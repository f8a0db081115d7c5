package org.icpengine.model.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names, codes and common synonyms, each resolved to one canonical name: the English short
 * name of the ISO 3166-1 country as the JDK's locale data gives it ("United States", "Germany").
 * ISO alpha-2 and alpha-3 codes, the English and native names, and everyday synonyms ("USA",
 * "U.K.", "Great Britain", "Holland", "Deutschland") are recognised, ignoring case, spaces,
 * punctuation and accents.
 */
public final class Countries {
  private static final Map<String, String> BY_KEY = build();

  private Countries() {}

  /** Returns the canonical name of the country the text names, if it names one. */
  public static Optional<String> canonical(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_KEY.get(Spellings.key(text)));
  }

  /**
   * Returns every recognised spelling, by its {@link Spellings#key}, with the canonical name it
   * stands for.
   */
  public static Map<String, String> bySpellingKey() {
    return BY_KEY;
  }

  private static Map<String, String> build() {
    Map<String, String> byKey = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      String name = country.getDisplayCountry(Locale.ENGLISH);
      byKey.put(Spellings.key(name), name);
      byKey.put(code.toLowerCase(Locale.ROOT), name);
      try {
        byKey.put(country.getISO3Country().toLowerCase(Locale.ROOT), name);
      } catch (java.util.MissingResourceException e) {
        // a code without an alpha-3 form keeps its other spellings
      }
    }
    addNativeNames(byKey);
    addSynonyms(byKey);
    return Map.copyOf(byKey);
  }

  /** Native names of the countries that exports most often spell in their own language. */
  private static void addNativeNames(Map<String, String> byKey) {
    String[][] natives = {
      {"DE", "deutschland"},
      {"AT", "österreich"},
      {"CH", "schweiz", "suisse", "svizzera"},
      {"ES", "españa"},
      {"IT", "italia"},
      {"BR", "brasil"},
      {"MX", "méxico"},
      {"NL", "nederland"},
      {"BE", "belgië", "belgique"},
      {"SE", "sverige"},
      {"NO", "norge"},
      {"DK", "danmark"},
      {"FI", "suomi"},
      {"PL", "polska"},
      {"CZ", "česko", "česká republika"},
      {"HU", "magyarország"},
      {"GR", "ελλάδα", "hellas"},
      {"PT", "portugal"},
      {"FR", "république française"},
      {"JP", "日本", "nippon"},
      {"CN", "中国", "zhongguo"},
      {"KR", "대한민국"},
      {"RU", "россия", "rossiya"},
      {"TR", "türkiye"},
      {"IE", "éire"},
      {"HR", "hrvatska"},
      {"RO", "românia"},
      {"IN", "bharat"}
    };
    for (String[] row : natives) {
      String english = new Locale("", row[0]).getDisplayCountry(Locale.ENGLISH);
      for (int i = 1; i < row.length; i++) {
        byKey.putIfAbsent(Spellings.key(row[i]), english);
      }
    }
  }

  private static void addSynonyms(Map<String, String> byKey) {
    String[][] synonyms = {
      {
        "United States",
        "usa",
        "us",
        "u.s.",
        "u.s.a.",
        "united states of america",
        "america",
        "the united states",
        "the us",
        "the usa",
        "unitedstates"
      },
      {
        "United Kingdom",
        "uk",
        "u.k.",
        "gb",
        "great britain",
        "britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "the united kingdom",
        "the uk"
      },
      {"Netherlands", "holland", "the netherlands", "nederland"},
      {"Germany", "deutschland", "federal republic of germany"},
      {"South Korea", "korea", "republic of korea", "korea, republic of"},
      {"Russia", "russian federation"},
      {"Czechia", "czech republic"},
      {"United Arab Emirates", "uae", "u.a.e."},
      {"Switzerland", "schweiz", "suisse", "svizzera"},
      {"Turkey", "türkiye", "turkiye"},
      {"China", "prc", "people's republic of china"},
      {"Vietnam", "viet nam"},
      {"Côte d’Ivoire", "ivory coast", "cote d'ivoire"},
    };
    for (String[] row : synonyms) {
      String name = byKey.getOrDefault(Spellings.key(row[0]), row[0]);
      for (int i = 1; i < row.length; i++) {
        byKey.put(Spellings.key(row[i]), name);
      }
    }
  }
}
