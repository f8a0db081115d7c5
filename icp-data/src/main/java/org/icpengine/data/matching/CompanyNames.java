package org.icpengine.data.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds company names for comparison ({@link CompanyName}): case and accents away, {@code &} read
 * as "and", dots and apostrophes joined ({@code S.A.} is {@code sa}), other punctuation a word
 * break; trailing legal forms from {@code legal-suffixes.txt} removed as often as they stack
 * ({@code Corporation Pty Ltd}), stop words from {@code stop-words.txt} left out, abbreviations
 * from {@code abbreviations.txt} written out. The lists are data: edit them, not this class.
 */
public final class CompanyNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final List<List<String>> SUFFIXES = suffixes();
  private static final Set<String> STOP_WORDS =
      Set.copyOf(WordList.read("/org/icpengine/data/matching/stop-words.txt"));
  private static final Map<String, String> ABBREVIATIONS = abbreviations();

  private CompanyNames() {}

  /** Folds a name; null or blank gives an empty name. */
  public static CompanyName fold(String raw) {
    if (raw == null || raw.isBlank()) {
      return new CompanyName(raw == null ? "" : raw, List.of(), "");
    }
    List<String> rawWords = new ArrayList<>();
    List<String> words = tokens(raw, rawWords);
    int end = words.size();
    boolean removed = true;
    while (removed) {
      removed = false;
      for (List<String> suffix : SUFFIXES) {
        if (end > suffix.size() && endsWith(words, end, suffix)) {
          end -= suffix.size();
          removed = true;
          break;
        }
      }
    }
    String legalForm = String.join(" ", rawWords.subList(end, words.size()));
    List<String> kept = new ArrayList<>(end);
    for (String word : words.subList(0, end)) {
      if (!STOP_WORDS.contains(word)) {
        kept.add(ABBREVIATIONS.getOrDefault(word, word));
      }
    }
    if (kept.isEmpty()) {
      words.subList(0, end).forEach(w -> kept.add(ABBREVIATIONS.getOrDefault(w, w)));
    }
    return new CompanyName(raw, kept, legalForm);
  }

  /** Splits into folded words, adding each word as written to {@code rawWords}. */
  static List<String> tokens(String raw, List<String> rawWords) {
    String text = raw;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    StringBuilder asWritten = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
        asWritten.append(c);
      } else if (c == '.' || c == '\'' || c == '\u2019') {
        asWritten.append(c);
      } else {
        flush(word, asWritten, words, rawWords);
        if (c == '&' || c == '+') {
          words.add("and");
          rawWords.add(String.valueOf(c));
        }
      }
    }
    flush(word, asWritten, words, rawWords);
    return words;
  }

  private static void flush(
      StringBuilder word, StringBuilder asWritten, List<String> words, List<String> rawWords) {
    if (word.length() > 0) {
      words.add(word.toString());
      rawWords.add(asWritten.toString());
    }
    word.setLength(0);
    asWritten.setLength(0);
  }

  private static boolean endsWith(List<String> words, int end, List<String> suffix) {
    int start = end - suffix.size();
    for (int i = 0; i < suffix.size(); i++) {
      if (!words.get(start + i).equals(suffix.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> suffixes() {
    List<List<String>> suffixes = new ArrayList<>();
    for (String line : WordList.read("/org/icpengine/data/sources/legal-suffixes.txt")) {
      List<String> words = List.copyOf(tokens(line, new ArrayList<>()));
      if (!words.isEmpty() && !suffixes.contains(words)) {
        suffixes.add(words);
      }
    }
    suffixes.sort(Comparator.comparingInt((List<String> s) -> s.size()).reversed());
    return List.copyOf(suffixes);
  }

  private static Map<String, String> abbreviations() {
    Map<String, String> map = new HashMap<>();
    for (String line : WordList.read("/org/icpengine/data/matching/abbreviations.txt")) {
      String[] parts = line.toLowerCase(Locale.ROOT).split("\\s+", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("abbreviations.txt: '" + line + "' is not 'short long'");
      }
      map.put(String.join("", tokens(parts[0], new ArrayList<>())), parts[1].trim());
    }
    return Map.copyOf(map);
  }
}
