package org.icpengine.data.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * A row's bin codes packed into few BIGINTs, so that the reasons' engine function reads a handful
 * of numbers per row instead of one argument per attribute (each argument a Java function reads
 * costs about as much as a short SQL expression). Each attribute takes the bits its largest code
 * needs, attribute after attribute, in words of at most {@value #WORD_BITS} bits so that every word
 * is a non-negative BIGINT; a code that does not fit in the current word starts the next.
 */
final class PackedCodes {
  /** The bits of a word: a BIGINT without its sign bit. */
  static final int WORD_BITS = 63;

  private final int[] word;
  private final int[] shift;
  private final long[] mask;
  private final int words;

  private PackedCodes(int[] word, int[] shift, long[] mask, int words) {
    this.word = word;
    this.shift = shift;
    this.mask = mask;
    this.words = words;
  }

  /** Lays out codes whose {@code i}th is at most {@code bins[i] - 1} (0 meaning unknown). */
  static PackedCodes of(int[] bins) {
    int[] word = new int[bins.length];
    int[] shift = new int[bins.length];
    long[] mask = new long[bins.length];
    int current = 0;
    int used = 0;
    for (int i = 0; i < bins.length; i++) {
      int bits = bits(bins[i]);
      if (used + bits > WORD_BITS) {
        current++;
        used = 0;
      }
      word[i] = current;
      shift[i] = used;
      mask[i] = (1L << bits) - 1;
      used += bits;
    }
    return new PackedCodes(word, shift, mask, bins.length == 0 ? 0 : current + 1);
  }

  /** The bits codes {@code 0..bins - 1} need; at least 1. */
  static int bits(int bins) {
    if (bins < 1) {
      throw new IllegalStateException("an attribute has " + bins + " bins");
    }
    return Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(bins - 1));
  }

  /** The number of BIGINTs a row's codes take. */
  int words() {
    return words;
  }

  /** Returns the SQL of each word over the code columns (INTEGERs), one per attribute in order. */
  List<String> sql(List<String> codes) {
    if (codes.size() != word.length) {
      throw new IllegalStateException(word.length + " codes are packed, not " + codes.size());
    }
    List<StringBuilder> sums = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      sums.add(new StringBuilder("("));
    }
    for (int i = 0; i < word.length; i++) {
      StringBuilder sum = sums.get(word[i]);
      sum.append(sum.length() == 1 ? "" : " + ").append("CAST(").append(codes.get(i));
      sum.append(" AS BIGINT)").append(shift[i] == 0 ? "" : " * " + (1L << shift[i]));
    }
    return sums.stream().map(s -> s.append(")").toString()).toList();
  }

  /** Unpacks a row's words into {@code codes}, one per attribute. */
  void unpack(long[] packed, int[] codes) {
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (int) ((packed[word[i]] >>> shift[i]) & mask[i]);
    }
  }
}
