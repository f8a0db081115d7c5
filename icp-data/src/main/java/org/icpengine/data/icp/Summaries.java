package org.icpengine.data.icp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.model.document.IcpContents;

/** Writes the ICP as one plain-language paragraph from its traits and segments. */
final class Summaries {
  private static final int SHOWN = 4;

  private Summaries() {}

  static String of(List<IcpContents.Trait> traits, List<IcpContents.Segment> segments) {
    List<String> sentences = new ArrayList<>();
    List<String> positive =
        traits.stream()
            .filter(t -> t.direction().equals("positive"))
            .limit(SHOWN)
            .map(t -> t.condition() + " (" + times(t.lift().value()) + ")")
            .toList();
    if (positive.isEmpty()) {
      sentences.add("No single trait marks ideal customers clearly enough to publish.");
    } else {
      sentences.add(
          "Ideal customers are accounts where "
              + join(positive)
              + " — each figure is how many times the average rate of ideal customers it brings.");
    }
    segments.stream()
        .filter(s -> s.direction().equals("positive"))
        .findFirst()
        .ifPresent(
            s ->
                sentences.add(
                    String.format(
                        Locale.ROOT,
                        "The strongest combination is %s: %s, %,d"
                            + " accounts holding %.0f%% of the ideal ones.",
                        join(s.conditions()),
                        times(s.lift().value()),
                        s.support(),
                        100 * s.idealCoverage())));
    List<String> negative =
        traits.stream()
            .filter(t -> t.direction().equals("negative"))
            .limit(SHOWN)
            .map(t -> t.condition() + " (" + times(t.lift().value()) + ")")
            .toList();
    if (!negative.isEmpty()) {
      sentences.add("Deprioritise accounts where " + join(negative) + ".");
    }
    return String.join(" ", sentences);
  }

  private static String times(double lift) {
    return String.format(Locale.ROOT, "%.1f×", lift);
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
