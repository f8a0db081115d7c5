package org.icpengine.core.discovery;

/**
 * How {@link Discovery} searches and what it publishes. Build with {@link #builder()}; every option
 * has a default taken from the research digest.
 *
 * @param maxDepth the most selectors in one segment, 1 to 3; capped at 2 below 1,000 rows
 * @param supportExponent the exponent a in the quality (n/N)^a · (p − p0), in [0, 1]: 1 favours
 *     large segments (WRAcc), 0 small ones (lift)
 * @param minSupport the fewest rows of the whole data a segment must cover, or 0 for the default
 *     max(30, 1 % of the rows); scaled to the discovery half during the search
 * @param minPositives the fewest positive rows a positive segment of a binary target must hold
 *     (scaled to the discovery half); a negative segment must instead be large enough to expect as
 *     many positives at the base rate
 * @param topK the most segments per direction kept by quality before redundancy filtering
 * @param maxSegments the most segments per direction that survive filtering and are confirmed
 * @param seed the seed of the random split into a discovery half and a confirmation half
 * @param minLift the least lift (a ratio above 1) a positive binary finding must show; a negative
 *     one must show at most its reciprocal
 * @param falseDiscoveryRate the Benjamini–Hochberg level over the confirmed segments, in (0, 1)
 */
public record DiscoveryOptions(
    int maxDepth,
    double supportExponent,
    int minSupport,
    int minPositives,
    int topK,
    int maxSegments,
    long seed,
    double minLift,
    double falseDiscoveryRate) {

  /** The fewest rows the default minimum support asks for. */
  static final int MIN_SUPPORT_FLOOR = 30;

  /** Checks every option against its range. */
  public DiscoveryOptions {
    check(maxDepth >= 1 && maxDepth <= 3, "maxDepth must be in [1, 3]", maxDepth);
    check(
        supportExponent >= 0 && supportExponent <= 1,
        "supportExponent must be in [0, 1]",
        supportExponent);
    check(minSupport >= 0, "minSupport must be >= 0", minSupport);
    check(minPositives >= 0, "minPositives must be >= 0", minPositives);
    check(topK >= 1, "topK must be >= 1", topK);
    check(maxSegments >= 1, "maxSegments must be >= 1", maxSegments);
    check(minLift > 1, "minLift must be > 1", minLift);
    check(
        falseDiscoveryRate > 0 && falseDiscoveryRate < 1,
        "falseDiscoveryRate must be in (0, 1)",
        falseDiscoveryRate);
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the options with every default. */
  public static DiscoveryOptions defaults() {
    return builder().build();
  }

  /**
   * Returns the minimum support in rows for data of {@code rows} rows: the option when set, else
   * max(30, ⌈1 % of rows⌉).
   */
  public int minSupportFor(int rows) {
    if (minSupport > 0) {
      return minSupport;
    }
    return Math.max(MIN_SUPPORT_FLOOR, (rows + 99) / 100);
  }

  private static void check(boolean valid, String rule, Object value) {
    if (!valid) {
      throw new IllegalArgumentException(rule + ", was " + value);
    }
  }

  /** Collects options; each setter returns this builder. */
  public static final class Builder {
    private int maxDepth = 3;
    private double supportExponent = 0.5;
    private int minSupport;
    private int minPositives = 10;
    private int topK = 200;
    private int maxSegments = 10;
    private long seed;
    private double minLift = 1.3;
    private double falseDiscoveryRate = 0.05;

    private Builder() {}

    /** Sets the most selectors per segment, 1 to 3 (default 3). */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    /** Sets the exponent a of the quality (n/N)^a · (p − p0), in [0, 1] (default 0.5). */
    public Builder supportExponent(double supportExponent) {
      this.supportExponent = supportExponent;
      return this;
    }

    /** Sets the minimum support in rows of the whole data; 0 means max(30, 1 % of rows). */
    public Builder minSupport(int minSupport) {
      this.minSupport = minSupport;
      return this;
    }

    /** Sets the fewest positives a positive binary segment holds (default 10). */
    public Builder minPositives(int minPositives) {
      this.minPositives = minPositives;
      return this;
    }

    /** Sets how many segments per direction the search keeps (default 200). */
    public Builder topK(int topK) {
      this.topK = topK;
      return this;
    }

    /** Sets how many segments per direction survive filtering (default 10). */
    public Builder maxSegments(int maxSegments) {
      this.maxSegments = maxSegments;
      return this;
    }

    /** Sets the seed of the split into discovery and confirmation halves (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the least lift a positive binary finding shows, above 1 (default 1.3). */
    public Builder minLift(double minLift) {
      this.minLift = minLift;
      return this;
    }

    /** Sets the Benjamini–Hochberg level, in (0, 1) (default 0.05). */
    public Builder falseDiscoveryRate(double falseDiscoveryRate) {
      this.falseDiscoveryRate = falseDiscoveryRate;
      return this;
    }

    /**
     * Returns the options.
     *
     * @throws IllegalArgumentException if an option is out of its range
     */
    public DiscoveryOptions build() {
      return new DiscoveryOptions(
          maxDepth,
          supportExponent,
          minSupport,
          minPositives,
          topK,
          maxSegments,
          seed,
          minLift,
          falseDiscoveryRate);
    }
  }
}
