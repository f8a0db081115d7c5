package org.icpengine.data.cohort;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.ColumnProfile;

/**
 * An ideal definition picked from outcomes instead of written as SQL: {@code won}, {@code
 * not-churned}, {@code ltv-top=25%}, {@code nrr>=110}, {@code ltv-cac>=3}, separated by commas, all
 * of which must hold. {@link #expression} writes it in the ideal language over the file's own
 * outcome columns (found by their meaning), to be parsed and checked by {@code IdealExpression}
 * like any user's expression: the preset's text never reaches SQL, only its parsed numbers do.
 *
 * @param terms the outcomes, each once, in the order given
 */
public record IdealPreset(List<Term> terms) {
  /** The syntax, for messages and help. */
  public static final String SYNTAX =
      "won, not-churned, ltv-top=N% (0 < N < 100), nrr>=X, ltv-cac>=X, separated by commas";

  private static final Pattern TERM =
      Pattern.compile("(won|not-churned|ltv-top|nrr|ltv-cac)\\s*(?:(=|>=)\\s*([0-9.]+)\\s*(%?))?");

  /** One outcome of the preset. */
  public enum Outcome {
    /** The won/converted column is yes. */
    WON,
    /** The churned column is not yes. */
    NOT_CHURNED,
    /** LTV (or revenue) in the top share of all accounts. */
    LTV_TOP,
    /** NRR at least a value, in the file's units. */
    NRR_AT_LEAST,
    /** LTV ÷ CAC at least a value. */
    LTV_TO_CAC_AT_LEAST
  }

  /**
   * One term.
   *
   * @param outcome which outcome
   * @param value the share (0–1) for {@link Outcome#LTV_TOP}, the bound for the at-least terms, NaN
   *     otherwise
   */
  public record Term(Outcome outcome, double value) {}

  /** Copies the terms. */
  public IdealPreset {
    terms = List.copyOf(terms);
  }

  /**
   * Parses a preset such as {@code "ltv-top=25%,not-churned"}.
   *
   * @throws InputException in one line, naming the term that is wrong and the syntax
   */
  public static IdealPreset parse(String text) {
    List<Term> terms = new ArrayList<>();
    Set<Outcome> seen = new LinkedHashSet<>();
    for (String part : text.split(",", -1)) {
      String word = part.strip().toLowerCase(Locale.ROOT);
      Term term = term(word);
      if (!seen.add(term.outcome())) {
        throw invalid("'" + word + "' is given twice");
      }
      terms.add(term);
    }
    return new IdealPreset(terms);
  }

  private static Term term(String word) {
    Matcher m = TERM.matcher(word);
    if (!m.matches()) {
      throw invalid(word.isEmpty() ? "an empty outcome" : "unknown outcome '" + word + "'");
    }
    String name = m.group(1);
    boolean flag = name.equals("won") || name.equals("not-churned");
    if (flag != (m.group(2) == null)) {
      throw invalid(flag ? "'" + name + "' takes no value" : "'" + name + "' needs a value");
    }
    if (flag) {
      return new Term(name.equals("won") ? Outcome.WON : Outcome.NOT_CHURNED, Double.NaN);
    }
    double value = number(m.group(3), word);
    if (name.equals("ltv-top")) {
      if (!m.group(2).equals("=") || m.group(4).isEmpty() || !(value > 0 && value < 100)) {
        throw invalid("write ltv-top=N% with N between 0 and 100, not '" + word + "'");
      }
      return new Term(Outcome.LTV_TOP, value / 100);
    }
    if (!m.group(2).equals(">=") || !m.group(4).isEmpty()) {
      throw invalid("write " + name + ">=X with a plain number X, not '" + word + "'");
    }
    return new Term(name.equals("nrr") ? Outcome.NRR_AT_LEAST : Outcome.LTV_TO_CAC_AT_LEAST, value);
  }

  private static double number(String text, String word) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw invalid("'" + text + "' in '" + word + "' is not a number");
    }
  }

  private static InputException invalid(String what) {
    return new InputException("invalid --ideal-preset: " + what + "; the outcomes are " + SYNTAX);
  }

  /**
   * Writes the preset as an ideal expression over the dataset's outcome columns.
   *
   * @throws InputException when the file lacks a column a term needs
   */
  public String expression(Dataset dataset) {
    List<String> parts = new ArrayList<>();
    for (Term term : terms) {
      parts.add(part(dataset, term));
    }
    return String.join(" AND ", parts);
  }

  private static String part(Dataset dataset, Term term) {
    switch (term.outcome()) {
      case WON:
        return name(column(dataset, ValueType.BOOLEAN, OutcomeKind.WON, "won", "a won/converted"));
      case NOT_CHURNED:
        return "NOT coalesce("
            + name(
                column(dataset, ValueType.BOOLEAN, OutcomeKind.CHURNED, "not-churned", "a churned"))
            + ", false)";
      case LTV_TOP:
        String ltv = name(value(dataset));
        return ltv + " >= quantile_cont(" + ltv + ", " + number(1 - term.value()) + ") OVER ()";
      case NRR_AT_LEAST:
        return name(column(dataset, ValueType.NUMBER, OutcomeKind.NRR, "nrr", "an NRR"))
            + " >= "
            + number(term.value());
      default:
        return name(value(dataset))
            + " / nullif("
            + name(column(dataset, ValueType.NUMBER, OutcomeKind.CAC, "ltv-cac", "a CAC"))
            + ", 0) >= "
            + number(term.value());
    }
  }

  private static String value(Dataset dataset) {
    Optional<ColumnProfile> ltv =
        Ideals.outcome(dataset, ValueType.NUMBER, OutcomeKind.LTV)
            .or(() -> Ideals.outcome(dataset, ValueType.NUMBER, OutcomeKind.REVENUE));
    return ltv.map(ColumnProfile::name)
        .orElseThrow(() -> missing("ltv-top and ltv-cac need", "an LTV or revenue"));
  }

  private static String column(
      Dataset dataset, ValueType type, OutcomeKind kind, String term, String what) {
    return Ideals.outcome(dataset, type, kind)
        .map(ColumnProfile::name)
        .orElseThrow(() -> missing("'" + term + "' needs", what));
  }

  private static InputException missing(String needs, String what) {
    return new InputException(
        "--ideal-preset: "
            + needs
            + " "
            + what
            + " column and the file has none: map one (icp profile --write-mapping) or write"
            + " the definition with --ideal");
  }

  /** A column name in the ideal language's double quotes. */
  private static String name(String column) {
    return '"' + column.replace("\"", "\"\"") + '"';
  }

  private static String number(double value) {
    return java.math.BigDecimal.valueOf(value)
        .setScale(6, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
