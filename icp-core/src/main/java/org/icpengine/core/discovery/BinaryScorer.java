package org.icpengine.core.discovery;

/**
 * Scores conjunctions against a binary target with the quality (n/N)^a · (p − p0) for positive
 * segments and (n/N)^a · (p0 − p) for negative ones, where n is the support, p the positive rate
 * and N, p0 those of the whole sample.
 *
 * <p>Optimistic estimate. For a ≤ 1 and a fixed number of positives the quality only falls as rows
 * are added, so the best refinement of a segment with tp positives keeps only positives, limited by
 * the minimum support m: (max(m, tp)/N)^a · (tp / max(m, tp) − p0). The negative direction is the
 * same with the roles of positives and negatives (and of p0 and 1 − p0) swapped.
 */
final class BinaryScorer implements Scorer {
  private final long[] positives;
  private final double rows;
  private final double baseRate;
  private final double exponent;
  private final int minSupport;
  private final int minPositives;
  private final int minNegativeSupport;

  private BinaryScorer(BinaryScorer whole, Sample part) {
    this.positives = part.positives();
    this.rows = whole.rows;
    this.baseRate = whole.baseRate;
    this.exponent = whole.exponent;
    this.minSupport = whole.minSupport;
    this.minPositives = whole.minPositives;
    this.minNegativeSupport = whole.minNegativeSupport;
  }

  /**
   * Creates a scorer for {@code sample}. Positive segments need {@code minPositives} positives;
   * negative ones need enough rows to expect that many positives at the base rate, since absence
   * means nothing in a segment too small to show presence.
   */
  BinaryScorer(Sample sample, double exponent, int minSupport, int minPositives) {
    this.positives = sample.positives();
    this.rows = sample.rows();
    this.baseRate = Words.cardinality(positives) / rows;
    this.exponent = exponent;
    this.minSupport = minSupport;
    this.minPositives = minPositives;
    double expected = baseRate > 0 ? Math.ceil(minPositives / baseRate) : Double.MAX_VALUE;
    this.minNegativeSupport = (int) Math.min(Integer.MAX_VALUE, Math.max(minSupport, expected));
  }

  @Override
  public boolean isInformative() {
    return baseRate > 0 && baseRate < 1;
  }

  @Override
  public Scorer on(Sample part) {
    return new BinaryScorer(this, part);
  }

  @Override
  public void count(long[] parent, long[] selector, Tally tally) {
    int support = 0;
    int hits = 0;
    for (int w = 0; w < parent.length; w++) {
      long both = parent[w] & selector[w];
      support += Long.bitCount(both);
      hits += Long.bitCount(both & positives[w]);
    }
    tally.support = support;
    tally.positives = hits;
  }

  @Override
  public boolean admits(Direction direction, Tally tally) {
    return direction == Direction.POSITIVE
        ? tally.positives >= minPositives
        : tally.support >= minNegativeSupport;
  }

  @Override
  public double quality(Direction direction, Tally tally) {
    double lead = (double) tally.positives / tally.support - baseRate;
    double oriented = direction == Direction.POSITIVE ? lead : -lead;
    return Scorer.sizeFactor(tally.support, rows, exponent) * oriented;
  }

  @Override
  public double bound(Direction direction, Tally tally, long[] rows) {
    if (direction == Direction.POSITIVE) {
      if (tally.positives < minPositives) {
        return Double.NEGATIVE_INFINITY;
      }
      return keepOnly(tally.positives, minSupport, baseRate);
    }
    if (tally.support < minNegativeSupport) {
      return Double.NEGATIVE_INFINITY;
    }
    return keepOnly(tally.support - tally.positives, minNegativeSupport, 1 - baseRate);
  }

  /** The quality of a subset holding only {@code kept} rows of one class, padded up to m rows. */
  private double keepOnly(int kept, int m, double classRate) {
    double size = Math.max(m, kept);
    return Scorer.sizeFactor(size, rows, exponent) * (kept / size - classRate);
  }

  @Override
  public double mean(Tally tally) {
    return tally.support == 0 ? Double.NaN : (double) tally.positives / tally.support;
  }
}
