package org.icpengine.data.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.CleaningSql;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.clean.DateFormats;
import org.icpengine.data.clean.NumberConvention;
import org.icpengine.model.clean.Countries;

/** Decides a column's cleaned type from its header and the evidence of a sample. */
final class TypeInference {
  private static final double MOST = 0.9;
  private static final int MAX_CATEGORIES = 1_000;

  private TypeInference() {}

  static ColumnPlan infer(String header, ColumnEvidence evidence) {
    if (evidence.nonBlank() == 0) {
      return ColumnPlan.of(header, ValueType.TEXT);
    }
    if (HeaderRules.role(header).orElse(null) == ColumnRole.DOMAIN
        || (evidence.most(evidence.domains(), MOST)
            && !evidence.most(evidence.numbers(), 0.5)
            && evidence.distinct() >= 0.5 * evidence.nonBlank())) {
      return ColumnPlan.of(header, ValueType.DOMAIN);
    }
    if (HeaderRules.stage(header) && wonAndLost(evidence)) {
      return ColumnPlan.stage(header);
    }
    if (evidence.most(evidence.booleans(), 0.95)
        && lowerCaseSpellings(evidence) <= 14
        && bothAnswers(evidence)) {
      return ColumnPlan.of(header, ValueType.BOOLEAN);
    }
    if (evidence.bestDateFormat().isPresent() && evidence.most(evidence.dates(), MOST)) {
      return new ColumnPlan(header, ValueType.DATE, dateFormats(evidence), null);
    }
    double numeric = numericHeader(header) ? 0.5 : MOST;
    NumberConvention convention = NumberConvention.decide(evidence.values());
    if (!convention.isStandard() && numberShare(evidence, convention) >= numeric) {
      return ColumnPlan.number(header, convention);
    }
    if (evidence.most(evidence.numbers(), numeric)) {
      return ColumnPlan.of(header, ValueType.NUMBER);
    }
    double countries = countryShare(evidence);
    if ((HeaderRules.suggestsCountry(header) && countries >= 0.5) || countries >= MOST) {
      return ColumnPlan.of(header, ValueType.COUNTRY);
    }
    String separator = setSeparator(evidence);
    if (separator != null) {
      return new ColumnPlan(header, ValueType.SET, List.of(), separator);
    }
    boolean fewValues =
        evidence.distinct() <= MAX_CATEGORIES
            && (evidence.distinct() <= 0.5 * evidence.nonBlank() || evidence.distinct() <= 12);
    return ColumnPlan.of(header, fewValues ? ValueType.CATEGORY : ValueType.TEXT);
  }

  /**
   * Returns the share of the sampled values a convention reads as numbers; the sample's distinct
   * values are capped, so the share is of the values kept.
   */
  private static double numberShare(ColumnEvidence evidence, NumberConvention convention) {
    long read = 0;
    long all = 0;
    for (Map.Entry<String, Long> entry : evidence.values().entrySet()) {
      all += entry.getValue();
      if (!Double.isNaN(convention.parse(entry.getKey()))) {
        read += entry.getValue();
      }
    }
    return all == 0 ? 0 : (double) read / all;
  }

  /** Whether a stage column's values say both won and lost, as a pipeline's closed stages do. */
  private static boolean wonAndLost(ColumnEvidence evidence) {
    boolean won = false;
    boolean lost = false;
    for (String value : evidence.values().keySet()) {
      String lower = value.toLowerCase(Locale.ROOT);
      won |= StageOutcome.WON.contains(lower);
      lost |= StageOutcome.LOST.contains(lower);
    }
    return won && lost;
  }

  private static long lowerCaseSpellings(ColumnEvidence evidence) {
    return evidence.values().keySet().stream()
        .map(v -> v.toLowerCase(Locale.ROOT))
        .distinct()
        .count();
  }

  /** Whether the spellings say both yes and no, unless there is only one (a checkbox column). */
  private static boolean bothAnswers(ColumnEvidence evidence) {
    Set<String> spellings = new HashSet<>();
    evidence.values().keySet().forEach(v -> spellings.add(v.toLowerCase(Locale.ROOT)));
    boolean yes = spellings.stream().anyMatch(CleaningSql.TRUE_WORDS::contains);
    boolean no = spellings.stream().anyMatch(CleaningSql.FALSE_WORDS::contains);
    return spellings.size() == 1 || (yes && no);
  }

  /** The best format first, then the unambiguous ISO layouts as fallbacks. */
  private static List<String> dateFormats(ColumnEvidence evidence) {
    List<String> formats = new ArrayList<>();
    formats.add(evidence.bestDateFormat().orElseThrow());
    for (String format : DateFormats.CANDIDATES) {
      if (format.startsWith("%Y") && !formats.contains(format)) {
        formats.add(format);
      }
    }
    return formats;
  }

  private static double countryShare(ColumnEvidence evidence) {
    long known = 0;
    long all = 0;
    for (Map.Entry<String, Long> entry : evidence.values().entrySet()) {
      all += entry.getValue();
      if (Countries.canonical(entry.getKey()).isPresent()) {
        known += entry.getValue();
      }
    }
    return all == 0 ? 0 : (double) known / all;
  }

  /**
   * Returns the separator of a multi-valued column, or null when cells hold single values. Cells
   * with semicolons or pipes mark a set; commas count too when splitting on them yields a small
   * vocabulary of items shared across cells, which company names with commas do not.
   */
  private static String setSeparator(ColumnEvidence evidence) {
    boolean pipes = evidence.most(evidence.listSeparated(), 0.1);
    boolean commas = evidence.most(evidence.commaSeparated(), 0.1);
    if (!pipes && !commas) {
      return null;
    }
    if (commas && smallVocabulary(evidence, ColumnPlan.ANY_SEPARATOR)) {
      return ColumnPlan.ANY_SEPARATOR;
    }
    if (pipes && smallVocabulary(evidence, ColumnPlan.SEMICOLON_OR_PIPE)) {
      return ColumnPlan.SEMICOLON_OR_PIPE;
    }
    return null;
  }

  private static boolean smallVocabulary(ColumnEvidence evidence, String separator) {
    Set<String> items = new HashSet<>();
    for (String value : evidence.values().keySet()) {
      for (String item : value.split(separator)) {
        items.add(item.strip().toLowerCase(Locale.ROOT));
      }
    }
    return items.size() <= 200
        && (items.size() < evidence.values().size() || evidence.values().size() <= 20);
  }

  /** Headers of columns that hold numbers even when some cells are messy. */
  private static boolean numericHeader(String header) {
    return HeaderRules.outcome(header)
            .filter(
                o ->
                    o != org.icpengine.core.column.OutcomeKind.DATE
                        && o != org.icpengine.core.column.OutcomeKind.CHURNED
                        && o != org.icpengine.core.column.OutcomeKind.WON)
            .isPresent()
        || HeaderRules.words(header)
            .matches(
                ".*\\b(employees|headcount|revenue|visits|count|"
                    + "number of|amount|spend|price|cost|score|seats|users)\\b.*");
  }
}
