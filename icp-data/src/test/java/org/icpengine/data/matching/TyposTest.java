package org.icpengine.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

class TyposTest {
  @Test
  void close_forgivesOneEditOrSwapInLongWordsOnly() {
    assertThat(Typos.close("snowflake", "snowflak")).isTrue();
    assertThat(Typos.close("snowflake", "snowfleke")).isTrue();
    assertThat(Typos.close("snowflake", "snowlfake")).isTrue();
    assertThat(Typos.close("snowflake", "xsnowflake")).isTrue();
    assertThat(Typos.close("snowflake", "snowflake")).isFalse();
    assertThat(Typos.close("snowflake", "snowlfaek")).isFalse();
    assertThat(Typos.close("west", "east")).isFalse();
  }

  @Test
  void close_agreesWithOneEditLevenshteinOrASwapOnRandomWords() {
    LevenshteinDistance oneEdit = new LevenshteinDistance(1);
    Random random = new Random(15);
    for (int n = 0; n < 20_000; n++) {
      String a = word(random, 5 + random.nextInt(4));
      String b = mutate(a, random);
      boolean swap =
          a.length() == b.length()
              && new LevenshteinDistance(2).apply(a, b) == 2
              && swappedOnce(a, b);
      boolean expected = !a.equals(b) && (oneEdit.apply(a, b) >= 0 || swap);
      assertThat(Typos.close(a, b)).as("%s / %s", a, b).isEqualTo(expected && b.length() >= 5);
    }
  }

  private static boolean swappedOnce(String a, String b) {
    for (int i = 0; i + 1 < a.length(); i++) {
      char[] c = a.toCharArray();
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
      if (new String(c).equals(b)) {
        return true;
      }
    }
    return false;
  }

  private static String word(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(3)));
    }
    return word.toString();
  }

  private static String mutate(String a, Random random) {
    StringBuilder b = new StringBuilder(a);
    for (int edits = random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(4)) {
        case 0 -> b.setCharAt(at, (char) ('a' + random.nextInt(3)));
        case 1 -> b.insert(at, (char) ('a' + random.nextInt(3)));
        case 2 -> b.deleteCharAt(at);
        default -> {
          if (at + 1 < b.length()) {
            char t = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, t);
          }
        }
      }
    }
    return b.toString();
  }
}
