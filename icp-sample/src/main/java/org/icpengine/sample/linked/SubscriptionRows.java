package org.icpengine.sample.linked;

import java.util.List;
import java.util.SplittableRandom;
import org.icpengine.sample.Figures;
import org.icpengine.sample.linked.Story.Segment;

/**
 * Renders subscription segments as a billing system's export: one row per stretch of constant MRR,
 * US dates, an empty end date while it runs, and the movement that opened it.
 */
final class SubscriptionRows {
  static final List<String> HEADER =
      List.of(
          "Subscription ID",
          "Account ID",
          "Product",
          "Start Date",
          "End Date",
          "MRR",
          "Currency",
          "Change Type");

  static final String PRODUCT = "Northwind Analytics Platform";

  private SubscriptionRows() {}

  static List<String> row(String id, Company company, Segment segment, SplittableRandom rnd) {
    return List.of(
        id,
        company.id(),
        PRODUCT,
        Figures.usDate(segment.start().atDay(1).toEpochDay()),
        segment.end() == null ? "" : Figures.usDate(segment.end().atEndOfMonth().toEpochDay()),
        Formats.amount(segment.mrr(), rnd),
        "USD",
        segment.change().label());
  }
}
