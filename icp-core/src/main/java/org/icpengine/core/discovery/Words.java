package org.icpengine.core.discovery;

import java.util.Arrays;

/**
 * Operations on row sets held as raw 64-bit words, bit {@code r % 64} of word {@code r / 64}
 * standing for row r. These loops are the hot path of the search: they never allocate unless their
 * name says so, and they assume equal lengths, which callers in this package guarantee.
 */
final class Words {
  private Words() {}

  /** Returns the number of words that hold {@code size} bits. */
  static int count(int size) {
    return (size + 63) >>> 6;
  }

  /** Returns new words with the first {@code size} bits set and every other bit clear. */
  static long[] all(int size) {
    long[] words = new long[count(size)];
    Arrays.fill(words, -1L);
    if (size % 64 != 0) {
      words[words.length - 1] = (1L << size) - 1;
    }
    return words;
  }

  /** Sets bit {@code row}. */
  static void set(long[] words, int row) {
    words[row >>> 6] |= 1L << row;
  }

  /** Returns the number of set bits. */
  static int cardinality(long[] words) {
    int count = 0;
    for (long word : words) {
      count += Long.bitCount(word);
    }
    return count;
  }

  /** Returns the number of bits set in both a and b. */
  static int andCardinality(long[] a, long[] b) {
    int count = 0;
    for (int w = 0; w < a.length; w++) {
      count += Long.bitCount(a[w] & b[w]);
    }
    return count;
  }

  /** Writes a AND b into {@code into} and returns the number of bits set in the result. */
  static int and(long[] a, long[] b, long[] into) {
    int count = 0;
    for (int w = 0; w < a.length; w++) {
      long word = a[w] & b[w];
      into[w] = word;
      count += Long.bitCount(word);
    }
    return count;
  }

  /** Returns new words holding a AND NOT b. */
  static long[] andNot(long[] a, long[] b) {
    long[] result = new long[a.length];
    for (int w = 0; w < a.length; w++) {
      result[w] = a[w] & ~b[w];
    }
    return result;
  }

  /** Returns the smallest set bit at or after {@code from}, or -1 if there is none. */
  static int nextSetBit(long[] words, int from) {
    int w = from >>> 6;
    if (w >= words.length) {
      return -1;
    }
    long word = words[w] & (-1L << from);
    while (word == 0) {
      if (++w == words.length) {
        return -1;
      }
      word = words[w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(word);
  }

  /** Returns the largest set bit at or before {@code from}, or -1 if there is none. */
  static int previousSetBit(long[] words, int from) {
    if (from < 0) {
      return -1;
    }
    int w = Math.min(from >>> 6, words.length - 1);
    long word = w == from >>> 6 ? words[w] & (-1L >>> (63 - (from & 63))) : words[w];
    while (word == 0) {
      if (--w < 0) {
        return -1;
      }
      word = words[w];
    }
    return (w << 6) + 63 - Long.numberOfLeadingZeros(word);
  }
}
