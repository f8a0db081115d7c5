package org.icpengine.data.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts' folded names, indexed for blocking: each word's accounts (its posting list), each
 * name written without spaces, and the long words by their length and first or last letters to find
 * the words one typo away. Words are numbered; postings are ascending account positions.
 */
final class NameIndex {
  private static final int[] NONE = new int[0];

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> vocabulary = new ArrayList<>();
  private final int[][] names;
  private final int[][] postings;
  private final Map<String, int[]> compact;
  private final Map<String, int[]> byPrefix = new HashMap<>();
  private final Map<String, int[]> bySuffix = new HashMap<>();

  private NameIndex(List<CompanyName> accounts) {
    names = new int[accounts.size()][];
    compact = new HashMap<>(accounts.size() * 2);
    for (int a = 0; a < accounts.size(); a++) {
      List<String> words = accounts.get(a).words();
      int[] wordIds = new int[words.size()];
      for (int i = 0; i < wordIds.length; i++) {
        wordIds[i] = ids.computeIfAbsent(words.get(i), this::newWord);
      }
      names[a] = wordIds;
      if (!words.isEmpty()) {
        // one array per distinct name: names written alike are rare, so growing by copy is cheap
        compact.merge(accounts.get(a).compact(), new int[] {a}, NameIndex::append);
      }
    }
    postings = postings(names, vocabulary.size());
    typoGroups();
  }

  /** Indexes the accounts' names; position i of the list is account i. */
  static NameIndex of(List<CompanyName> accounts) {
    return new NameIndex(accounts);
  }

  private static int[] append(int[] accounts, int[] more) {
    int[] all = Arrays.copyOf(accounts, accounts.length + more.length);
    System.arraycopy(more, 0, all, accounts.length, more.length);
    return all;
  }

  private int newWord(String word) {
    vocabulary.add(word);
    return vocabulary.size() - 1;
  }

  private static int[][] postings(int[][] names, int words) {
    int[] sizes = new int[words];
    for (int[] name : names) {
      for (int id : name) {
        sizes[id]++;
      }
    }
    int[][] postings = new int[words][];
    for (int w = 0; w < words; w++) {
      postings[w] = new int[sizes[w]];
    }
    int[] filled = new int[words];
    for (int a = 0; a < names.length; a++) {
      for (int id : names[a]) {
        int[] list = postings[id];
        // a word twice in one name is posted once
        if (filled[id] == 0 || list[filled[id] - 1] != a) {
          list[filled[id]++] = a;
        }
      }
    }
    for (int w = 0; w < words; w++) {
      if (filled[w] < sizes[w]) {
        postings[w] = Arrays.copyOf(postings[w], filled[w]);
      }
    }
    return postings;
  }

  private void typoGroups() {
    Map<String, List<Integer>> prefixes = new HashMap<>();
    Map<String, List<Integer>> suffixes = new HashMap<>();
    for (int id = 0; id < vocabulary.size(); id++) {
      String word = vocabulary.get(id);
      if (word.length() >= Typos.MIN_LENGTH) {
        prefixes.computeIfAbsent(start(word, word.length()), k -> new ArrayList<>()).add(id);
        suffixes.computeIfAbsent(end(word, word.length()), k -> new ArrayList<>()).add(id);
      }
    }
    prefixes.forEach((k, v) -> byPrefix.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    suffixes.forEach((k, v) -> bySuffix.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Returns the number of accounts. */
  int size() {
    return names.length;
  }

  /** Returns the number of distinct words in the accounts' names. */
  int vocabularySize() {
    return vocabulary.size();
  }

  /** Returns a word's number, or -1 when no account's name has it. */
  int id(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  /** Returns the word of a number. */
  String word(int id) {
    return vocabulary.get(id);
  }

  /** Returns an account's words by number. */
  int[] words(int account) {
    return names[account];
  }

  /** Returns the accounts whose names have a word, ascending. */
  int[] postings(int id) {
    return postings[id];
  }

  /** Returns the accounts whose names, written without spaces, are this. */
  int[] sameCompact(String compactName) {
    return compact.getOrDefault(compactName, NONE);
  }

  /** Returns the numbers of the accounts' words one typo away from a word no account has. */
  int[] typoNeighbours(String word) {
    if (word.length() < Typos.MIN_LENGTH) {
      return NONE;
    }
    int[] found = new int[4];
    int count = 0;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      for (int[] group :
          new int[][] {
            byPrefix.getOrDefault(start(word, length), NONE),
            bySuffix.getOrDefault(end(word, length), NONE)
          }) {
        for (int id : group) {
          if (Typos.close(word, vocabulary.get(id)) && !contains(found, count, id)) {
            if (count == found.length) {
              found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = id;
          }
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** The typo group of words of a length by their first two letters. */
  private static String start(String word, int length) {
    return word.substring(0, 2) + length;
  }

  /** The typo group of words of a length by their last two letters. */
  private static String end(String word, int length) {
    return length + word.substring(word.length() - 2);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
