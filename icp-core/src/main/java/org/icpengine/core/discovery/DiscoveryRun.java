package org.icpengine.core.discovery;

import java.util.ArrayList;
import java.util.List;

/** One discovery from split to findings; see {@link Discovery} for the steps. */
final class DiscoveryRun {
  private final List<Selector> canonical;
  private final Halves halves;
  private final DiscoveryOptions options;
  private final int depth;
  private final boolean small;

  DiscoveryRun(
      List<Selector> canonical, Halves halves, DiscoveryOptions options, int depth, boolean small) {
    this.canonical = canonical;
    this.halves = halves;
    this.options = options;
    this.depth = depth;
    this.small = small;
  }

  DiscoveryResult result() {
    Sample discovery = halves.discovery();
    int minSupport = scale(options.minSupportFor(halves.rows()), discovery.rows());
    Scorer scorer = scorer(discovery, minSupport);
    SegmentSearch.Outcome outcome = search(discovery, scorer, minSupport);
    Comparison comparison = comparison(discovery);
    Redundancy redundancy = new Redundancy(discovery, comparison, options.maxSegments());
    List<Survivor> survivors = survivors(discovery, scorer, outcome, redundancy);
    Sample holdout = halves.holdout();
    List<Finding> findings =
        new Confirmation(
                holdout,
                scorer(holdout, 1),
                comparison,
                canonical,
                options.falseDiscoveryRate(),
                small)
            .confirm(survivors);
    return assemble(findings, outcome, redundancy, countUsable(discovery, minSupport));
  }

  private SegmentSearch.Outcome search(Sample discovery, Scorer scorer, int minSupport) {
    if (!scorer.isInformative()) {
      return new SegmentSearch.Outcome(List.of(), List.of(), 0, 0, 0);
    }
    return new SegmentSearch(
            discovery, scorer, attributeNumbers(), depth, minSupport, options.topK())
        .run();
  }

  private Scorer scorer(Sample sample, int minSupport) {
    double exponent = options.supportExponent();
    if (sample.isNumeric()) {
      return new NumericScorer(sample, exponent, minSupport);
    }
    int minPositives = scale(options.minPositives(), sample.rows());
    return new BinaryScorer(sample, exponent, minSupport, minPositives);
  }

  private Comparison comparison(Sample sample) {
    return sample.isNumeric()
        ? new RankComparison(sample.sign())
        : new ProportionComparison(options.minLift());
  }

  /** Scales a count for all rows to a half of {@code part} rows, rounding up. */
  private int scale(int count, int part) {
    int whole = halves.rows();
    return whole == 0 ? count : (int) Math.ceil((double) count * part / whole);
  }

  /** Returns the attribute number of each canonical selector; the list is sorted by attribute. */
  private int[] attributeNumbers() {
    int[] numbers = new int[canonical.size()];
    for (int i = 1; i < numbers.length; i++) {
      boolean same = canonical.get(i).attribute().equals(canonical.get(i - 1).attribute());
      numbers[i] = same ? numbers[i - 1] : numbers[i - 1] + 1;
    }
    return numbers;
  }

  private static int countUsable(Sample sample, int minSupport) {
    int usable = 0;
    for (int i = 0; i < sample.selectorCount(); i++) {
      usable += Words.cardinality(sample.selector(i)) >= minSupport ? 1 : 0;
    }
    return usable;
  }

  /** Lists the survivors of both directions, positives first, each direction best first. */
  private List<Survivor> survivors(
      Sample sample, Scorer scorer, SegmentSearch.Outcome outcome, Redundancy redundancy) {
    List<Survivor> survivors = new ArrayList<>();
    for (Direction direction : Direction.values()) {
      for (int[] path : redundancy.filter(outcome.ranked(direction), direction)) {
        long[] rows = sample.rowsOf(path);
        Segment segment = Segments.measure(canonical, path, sample, rows, scorer, direction);
        survivors.add(new Survivor(path, direction, segment));
      }
    }
    return survivors;
  }

  private DiscoveryResult assemble(
      List<Finding> findings,
      SegmentSearch.Outcome outcome,
      Redundancy redundancy,
      int usableSelectors) {
    List<Finding> published = findings.stream().filter(Finding::published).toList();
    DiscoveryCounts counts =
        new DiscoveryCounts(
            halves.rows(),
            halves.discovery().rows(),
            halves.holdout().rows(),
            canonical.size(),
            usableSelectors,
            outcome.evaluated(),
            outcome.belowSupport(),
            outcome.pruned(),
            outcome.positives().size() + outcome.negatives().size(),
            redundancy.notBetterThanSimpler(),
            redundancy.overlapping(),
            findings.size(),
            published.size());
    return new DiscoveryResult(
        inDirection(published, Direction.POSITIVE),
        inDirection(published, Direction.NEGATIVE),
        findings.stream().filter(finding -> !finding.published()).toList(),
        counts,
        depth,
        small,
        options);
  }

  private static List<Finding> inDirection(List<Finding> findings, Direction direction) {
    return findings.stream().filter(finding -> finding.direction() == direction).toList();
  }
}
