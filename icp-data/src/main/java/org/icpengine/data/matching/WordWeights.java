package org.icpengine.data.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a word says about which company a name means: its inverse document frequency across the
 * names of both files, {@code ln((n + 1) / (df + 0.5))}, so "Holdings", found in many names, counts
 * little and "Snowflake" a lot.
 */
final class WordWeights {
  /** What an organisational word weighs, as a share of its rarity. */
  static final double ORGANISATIONAL = 0.2;

  private static final Set<String> ORGANISATIONAL_WORDS =
      Set.copyOf(WordList.read("/org/icpengine/data/matching/organisational-words.txt"));

  private final Map<String, Integer> counts;
  private final double names;

  private WordWeights(Map<String, Integer> counts, double names) {
    this.counts = counts;
    this.names = names;
  }

  /** Counts the names each word appears in, over both lists. */
  static WordWeights of(List<CompanyName> accounts, List<CompanyName> rows) {
    Map<String, Integer> counts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (List<CompanyName> list : List.of(accounts, rows)) {
      for (CompanyName name : list) {
        seen.clear();
        for (String word : name.words()) {
          if (seen.add(word)) {
            counts.merge(word, 1, Integer::sum);
          }
        }
      }
    }
    return new WordWeights(counts, accounts.size() + rows.size());
  }

  /** Returns the weight of a word; a word in no name weighs most, organisational words little. */
  double weight(String word) {
    double idf = Math.log((names + 1) / (counts.getOrDefault(word, 0) + 0.5));
    return organisational(word) ? ORGANISATIONAL * idf : idf;
  }

  /** Returns whether a word says how a company is organised ("group", "holdings"). */
  static boolean organisational(String word) {
    return ORGANISATIONAL_WORDS.contains(word);
  }

  /** Returns in how many names a word appears. */
  int frequency(String word) {
    return counts.getOrDefault(word, 0);
  }
}
