package org.icpengine.data.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Scores a row's name against the accounts within its block: the accounts sharing one of its rarer
 * words (or a word one typo away from one), and those with the same name written without spaces.
 * The rarest word's accounts are always compared, up to {@link #LARGEST_BLOCK}; rarer words' lists
 * are added while the block stays under {@link #BUDGET}. Never all pairs.
 */
final class NameMatcher {
  /** The most accounts compared for one row when its words are common. */
  static final int BUDGET = 2_000;

  /** The most accounts of the rarest word compared before two words' lists are intersected. */
  static final int LARGEST_BLOCK = 20_000;

  private final NameIndex index;
  private final WordWeights weights;
  private final double[] wordWeight;
  private final boolean[] distinctive;
  private final double[] norms;
  private final double[] totals;

  NameMatcher(NameIndex index, WordWeights weights) {
    this.index = index;
    this.weights = weights;
    wordWeight = new double[index.vocabularySize()];
    distinctive = new boolean[wordWeight.length];
    for (int id = 0; id < wordWeight.length; id++) {
      wordWeight[id] = weights.weight(index.word(id));
      distinctive[id] = !WordWeights.organisational(index.word(id));
    }
    norms = new double[index.size()];
    totals = new double[index.size()];
    for (int a = 0; a < norms.length; a++) {
      double squares = 0;
      for (int id : index.words(a)) {
        squares += wordWeight[id] * wordWeight[id];
        totals[a] += wordWeight[id];
      }
      norms[a] = Math.sqrt(squares);
    }
  }

  /** Prepares a row's name. */
  NameQuery query(CompanyName name) {
    return NameQuery.of(name, index, weights);
  }

  /** Returns the accounts a query is compared with, each once. */
  int[] block(NameQuery query, Blocks scratch) {
    scratch.start(index.size());
    scratch.addAll(index.sameCompact(query.name().compact()));
    List<int[]> lists = new java.util.ArrayList<>();
    for (int i = 0; i < query.size(); i++) {
      if (query.ids()[i] >= 0) {
        lists.add(index.postings(query.ids()[i]));
      }
      for (int id : query.typos()[i]) {
        lists.add(index.postings(id));
      }
    }
    lists.sort((a, b) -> Integer.compare(a.length, b.length));
    for (int l = 0; l < lists.size(); l++) {
      int[] list = lists.get(l);
      if (l == 0 && list.length > LARGEST_BLOCK) {
        scratch.addAll(lists.size() > 1 ? intersect(list, lists.get(1)) : new int[0]);
        break;
      }
      if (l > 0 && scratch.size() + list.length > BUDGET) {
        break;
      }
      scratch.addAll(list);
    }
    return scratch.toArray();
  }

  /**
   * Returns the soft TF-IDF cosine of a query and an account's name times one minus the larger
   * share of either name's weight left unmatched in distinctive words, in [0, 1]: "Acme Health"
   * against "Acme" loses what "health" weighs, "Acme Holdings" nearly nothing.
   */
  double score(NameQuery query, int account) {
    int[] words = index.words(account);
    if (words.length == 0 || query.size() == 0) {
      return 0;
    }
    long used = 0;
    double dot = 0;
    double rowLeft = 0;
    for (int i = 0; i < query.size(); i++) {
      int best = -1;
      double similarity = 0;
      for (int j = 0; j < words.length && j < 64; j++) {
        if ((used & (1L << j)) != 0) {
          continue;
        }
        double s = similarity(query, i, words[j]);
        if (s > similarity) {
          similarity = s;
          best = j;
        }
      }
      if (best >= 0) {
        used |= 1L << best;
        dot += query.weights()[i] * wordWeight[words[best]] * similarity;
      } else if (query.distinctive()[i]) {
        rowLeft += query.weights()[i];
      }
    }
    double accountLeft = 0;
    for (int j = 0; j < words.length && j < 64; j++) {
      if ((used & (1L << j)) == 0 && distinctive[words[j]]) {
        accountLeft += wordWeight[words[j]];
      }
    }
    double left = Math.max(rowLeft / query.total(), accountLeft / totals[account]);
    return Math.min(1, dot / (query.norm() * norms[account])) * (1 - left);
  }

  /** Returns the score with what matched and what is missing, for the reason. */
  NameScore details(NameQuery query, int account) {
    int[] words = index.words(account);
    boolean[] used = new boolean[words.length];
    int matched = 0;
    int typos = 0;
    String missing = null;
    double missingWeight = 0;
    double total = Arrays.stream(query.weights()).sum();
    for (int i = 0; i < query.size(); i++) {
      int best = -1;
      double similarity = 0;
      for (int j = 0; j < words.length; j++) {
        double s = used[j] ? 0 : similarity(query, i, words[j]);
        if (s > similarity) {
          similarity = s;
          best = j;
        }
      }
      if (best >= 0) {
        used[best] = true;
        matched++;
        typos += similarity < 1 ? 1 : 0;
      } else if (query.weights()[i] > missingWeight) {
        missingWeight = query.weights()[i];
        missing = query.name().words().get(i);
      }
    }
    double share = total == 0 ? 0 : missingWeight / total;
    return new NameScore(account, score(query, account), matched, typos, missing, share);
  }

  /** Returns the words of an account's name, joined. */
  String words(int account) {
    StringBuilder text = new StringBuilder();
    for (int id : index.words(account)) {
      text.append(text.length() == 0 ? "" : " ").append(index.word(id));
    }
    return text.toString();
  }

  private static double similarity(NameQuery query, int i, int word) {
    if (query.ids()[i] == word) {
      return 1;
    }
    for (int id : query.typos()[i]) {
      if (id == word) {
        return Typos.SIMILARITY;
      }
    }
    return 0;
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(Math.min(a.length, b.length), BUDGET)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length && n < out.length; ) {
      if (a[i] == b[j]) {
        out[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
