package org.icpengine.data.icp;

import java.util.List;
import java.util.Locale;
import org.icpengine.core.discovery.Bits;
import org.icpengine.core.discovery.Direction;
import org.icpengine.core.discovery.Finding;
import org.icpengine.core.discovery.Selector;
import org.icpengine.model.document.IcpContents;

/** Turns discovery findings into the ICP's traits and segments, measured on all accounts. */
final class Traits {
  private Traits() {}

  static IcpContents.Trait of(Finding finding, TraitEconomics economics, Bits ideal) {
    Selector selector = finding.segment().selectors().get(0);
    Bits rows = rows(finding);
    String direction = direction(finding);
    return new IcpContents.Trait(
        selector.attribute(),
        selector.category(),
        selector.condition(),
        direction,
        finding.effect(),
        finding.qValue(),
        rows.cardinality(),
        (double) rows.cardinality() / rows.size(),
        coverage(rows, ideal),
        economics.of(selector.condition(), rows),
        uses(selector.category(), direction),
        false);
  }

  static IcpContents.Segment segment(Finding finding, Bits ideal) {
    Bits rows = rows(finding);
    List<String> conditions =
        finding.segment().selectors().stream().map(Selector::condition).toList();
    return new IcpContents.Segment(
        conditions,
        direction(finding),
        finding.effect(),
        finding.qValue(),
        rows.cardinality(),
        coverage(rows, ideal));
  }

  /** Returns the accounts, over all rows, that meet every condition of the finding. */
  static Bits rows(Finding finding) {
    Bits rows = null;
    for (Selector selector : finding.segment().selectors()) {
      rows = rows == null ? selector.rows() : rows.and(selector.rows());
    }
    return rows;
  }

  private static double coverage(Bits rows, Bits ideal) {
    return ideal.cardinality() == 0 ? 0 : (double) rows.andCardinality(ideal) / ideal.cardinality();
  }

  private static String direction(Finding finding) {
    return finding.direction() == Direction.POSITIVE ? "positive" : "negative";
  }

  /** How teams use a trait of a category and direction. */
  static List<String> uses(String category, String direction) {
    if (direction.equals("negative")) {
      return List.of("disqualification rule (sales)", "exclusion filter (marketing)");
    }
    switch (category.toLowerCase(Locale.ROOT)) {
      case "psychographic":
      case "job-to-be-done":
        return List.of("pain point for messaging (marketing)", "qualification question (sales)");
      case "behavioural":
        return List.of("engagement signal (sales, customer success)");
      default:
        return List.of("targeting filter (marketing, ABM)", "qualification rule (sales)");
    }
  }
}
