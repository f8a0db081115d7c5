package org.icpengine.data.personas;

import java.text.Normalizer;
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
  private static final Pattern BREAKS = Pattern.compile("[^\\p{L}\\p{N}&]+");
  private static final Pattern AMPERSAND = Pattern.compile("&");
  private static final String[] NONE = new String[0];

  private TitleText() {}

  /** Returns the title's words, folded; none for a blank title. */
  public static String[] words(String title) {
    String folded = fold(title);
    return folded.isEmpty() ? NONE : folded.split(" ");
  }

  /** Returns the title folded to words separated by single spaces. */
  public static String fold(String title) {
    String text = title.toLowerCase(Locale.ROOT).replace("ß", "ss");
    if (!isAscii(text)) {
      text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
    if (text.indexOf('.') >= 0) {
      text = DOTTED.matcher(text).replaceAll(m -> m.group().replace(".", ""));
    }
    if (text.indexOf('&') >= 0) {
      text = AMPERSAND.matcher(text).replaceAll(" & ");
    }
    return BREAKS.matcher(text).replaceAll(" ").strip();
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
