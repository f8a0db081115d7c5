package org.icpengine.data.personas;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a title into the words rules match: lower case, accents removed (é → e, ü → u, ß → ss),
 * dotted abbreviations joined ({@code V.P.} → {@code vp}), every other character that is not a
 * letter, a digit or {@code &} a word break, and {@code &} a word of its own ({@code R&D} → {@code
 * r & d}).
 */
public final class TitleText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DOTTED = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
  private static final String[] NONE = new String[0];

  private TitleText() {}

  /** Returns the title's words, folded; none for a blank title. */
  public static String[] words(String title) {
    String text = prepared(title);
    List<String> words = new ArrayList<>(8);
    StringBuilder word = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else {
        flush(word, words);
        if (c == '&') {
          words.add("&");
        }
      }
    }
    flush(word, words);
    return words.toArray(NONE);
  }

  /** Returns the title folded to words separated by single spaces. */
  public static String fold(String title) {
    return String.join(" ", words(title));
  }

  /** Lower case, ß as ss, accents removed and dotted abbreviations joined; breaks still in. */
  private static String prepared(String title) {
    String text = title.toLowerCase(Locale.ROOT);
    if (!isAscii(text)) {
      text = text.replace("ß", "ss");
      text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
    if (text.indexOf('.') >= 0) {
      text = DOTTED.matcher(text).replaceAll(m -> m.group().replace(".", ""));
    }
    return text;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
