package org.icpengine.core.discovery;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * An immutable set of row indices in [0, size), stored as one bit per row in 64-bit words. All
 * binary operations require both operands to have the same size; bits at or beyond the size are
 * always clear, so counts never see them.
 */
public final class Bits {
  private final int size;
  private final long[] words;
  private final int cardinality;

  private Bits(int size, long[] words) {
    this.size = size;
    this.words = words;
    this.cardinality = Words.cardinality(words);
  }

  /**
   * Returns the set of the given rows over {@code size} rows; repeated rows count once.
   *
   * @throws IllegalArgumentException if size is negative or a row is outside [0, size)
   */
  public static Bits of(int size, int... rows) {
    Builder builder = builder(size);
    for (int row : rows) {
      builder.set(row);
    }
    return builder.build();
  }

  /** Returns the empty set over {@code size} rows. */
  public static Bits empty(int size) {
    return builder(size).build();
  }

  /** Returns the set of all {@code size} rows. */
  public static Bits all(int size) {
    checkSize(size);
    return new Bits(size, Words.all(size));
  }

  /**
   * Returns the rows set in {@code set} as a set over {@code size} rows.
   *
   * @throws IllegalArgumentException if {@code set} has a bit at or beyond size
   */
  public static Bits from(BitSet set, int size) {
    checkSize(size);
    if (set.length() > size) {
      throw new IllegalArgumentException(
          "set has row " + (set.length() - 1) + " beyond size " + size);
    }
    return new Bits(size, Arrays.copyOf(set.toLongArray(), Words.count(size)));
  }

  /** Returns a builder of a set over {@code size} rows, initially empty. */
  public static Builder builder(int size) {
    return new Builder(size);
  }

  /** Wraps words this package owns; the caller must never change them afterwards. */
  static Bits wrap(int size, long[] words) {
    return new Bits(size, words);
  }

  /** Returns the number of rows the set ranges over (not the number of rows in it). */
  public int size() {
    return size;
  }

  /** Returns the number of rows in the set; counted once, at construction. */
  public int cardinality() {
    return cardinality;
  }

  /** Returns whether {@code row} is in the set; false for rows outside [0, size). */
  public boolean get(int row) {
    return row >= 0 && row < size && (words[row >>> 6] & (1L << row)) != 0;
  }

  /** Returns the rows in both sets. */
  public Bits and(Bits other) {
    checkSameSize(other);
    long[] result = new long[words.length];
    for (int w = 0; w < words.length; w++) {
      result[w] = words[w] & other.words[w];
    }
    return new Bits(size, result);
  }

  /** Returns the rows in either set. */
  public Bits or(Bits other) {
    checkSameSize(other);
    long[] result = new long[words.length];
    for (int w = 0; w < words.length; w++) {
      result[w] = words[w] | other.words[w];
    }
    return new Bits(size, result);
  }

  /** Returns the rows in this set and not in {@code other}. */
  public Bits andNot(Bits other) {
    checkSameSize(other);
    long[] result = new long[words.length];
    for (int w = 0; w < words.length; w++) {
      result[w] = words[w] & ~other.words[w];
    }
    return new Bits(size, result);
  }

  /** Returns the rows in [0, size) that are not in this set. */
  public Bits not() {
    return all(size).andNot(this);
  }

  /** Returns the number of rows in both sets without building their intersection. */
  public int andCardinality(Bits other) {
    checkSameSize(other);
    return Words.andCardinality(words, other.words);
  }

  /** Returns the smallest row in the set at or after {@code from}, or -1 if there is none. */
  public int nextSetBit(int from) {
    return Words.nextSetBit(words, Math.max(0, from));
  }

  /** Returns the rows in the set in increasing order. */
  public int[] toArray() {
    return stream().toArray();
  }

  /** Returns the rows in the set in increasing order. */
  public IntStream stream() {
    return IntStream.iterate(nextSetBit(0), row -> row >= 0, row -> nextSetBit(row + 1));
  }

  /** Returns the words; shared, so callers in this package must never change them. */
  long[] words() {
    return words;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bits other && size == other.size && Arrays.equals(words, other.words);
  }

  @Override
  public int hashCode() {
    return 31 * size + Arrays.hashCode(words);
  }

  /** Returns the size and the cardinality, for example "Bits[3 of 100]". */
  @Override
  public String toString() {
    return "Bits[" + cardinality + " of " + size + "]";
  }

  private void checkSameSize(Bits other) {
    if (other.size != size) {
      throw new IllegalArgumentException("sizes differ: " + size + " and " + other.size);
    }
  }

  private static void checkSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
  }

  /** Collects rows one at a time into a new {@link Bits}; not thread-safe. */
  public static final class Builder {
    private final int size;
    private long[] words;

    private Builder(int size) {
      checkSize(size);
      this.size = size;
      this.words = new long[Words.count(size)];
    }

    /**
     * Adds {@code row} to the set and returns this builder.
     *
     * @throws IllegalArgumentException if row is outside [0, size)
     * @throws IllegalStateException if the builder has already built its set
     */
    public Builder set(int row) {
      if (words == null) {
        throw new IllegalStateException("builder already built");
      }
      if (row < 0 || row >= size) {
        throw new IllegalArgumentException("row must be in [0, " + size + "), was " + row);
      }
      words[row >>> 6] |= 1L << row;
      return this;
    }

    /** Returns the set of the rows added so far; the builder cannot be used afterwards. */
    public Bits build() {
      Bits bits = new Bits(size, words);
      words = null;
      return bits;
    }
  }
}
