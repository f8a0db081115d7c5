package org.icpengine.data.personas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a free-text job title into a {@link TitleRole} by {@link TitleRules}. Rules match whole
 * words of the folded title ({@link TitleText}), so "city manager" never matches "publicity
 * manager"; a word marked as a compound part ({@code vertrieb*}, {@code *leiter}) matches inside a
 * word.
 *
 * <p>Of the rules that match, a match lying inside a longer one is dropped ("vice president" hides
 * "president", "teamleiter*" hides "*leiter", "sales operations" hides "operations"). Of the rest,
 * the function is the one that starts first ("Sales Engineer" is sales, "Data Engineer" IT/data)
 * and the seniority the highest ("Founder &amp; CEO", "Owner / Manager" are C-level). A title with
 * a function but no seniority word is an individual contributor's. Instances are immutable and safe
 * to share between threads.
 */
public final class Titles {
  private static final Comparator<Match> FIRST =
      Comparator.comparingInt(Match::start)
          .thenComparing(Comparator.comparingInt(Match::literal).reversed())
          .thenComparing(Match::preference);
  private static final Comparator<Match> HIGHEST =
      Comparator.<Match>comparingInt(m -> level(m.rule().value()).ordinal())
          .thenComparing(Comparator.comparingInt(Match::literal).reversed())
          .thenComparing(Match::preference);

  private static final Seniority[] LEVELS = Seniority.values();

  private final TitleRules.Index functions;
  private final TitleRules.Index seniorities;

  /** Creates a classifier with the given rules. */
  public Titles(TitleRules rules) {
    this.functions = index(rules, TitleRule.Kind.FUNCTION);
    this.seniorities = index(rules, TitleRule.Kind.SENIORITY);
  }

  /** Returns a classifier with the built-in rules. */
  public static Titles builtIn() {
    return new Titles(TitleRules.builtIn());
  }

  /** Returns the role a title says; {@link TitleRole#EMPTY} for a blank or null title. */
  public TitleRole classify(String title) {
    String[] words = title == null ? new String[0] : TitleText.words(title);
    if (words.length == 0) {
      return TitleRole.EMPTY;
    }
    Match function = best(matches(functions, words), FIRST);
    Match seniority = best(matches(seniorities, words), HIGHEST);
    String functionKey = function == null ? TitleRole.UNKNOWN_FUNCTION : function.rule().value();
    Seniority level;
    if (seniority != null) {
      level = level(seniority.rule().value());
    } else {
      level = function == null ? Seniority.UNKNOWN : Seniority.INDIVIDUAL_CONTRIBUTOR;
    }
    return new TitleRole(functionKey, level);
  }

  private static Seniority level(String key) {
    for (Seniority level : LEVELS) {
      if (level.key().equals(key)) {
        return level;
      }
    }
    throw new IllegalStateException("a seniority rule off the scale: " + key);
  }

  private static TitleRules.Index index(TitleRules rules, TitleRule.Kind kind) {
    return new TitleRules.Index(rules.rules().stream().filter(r -> r.kind() == kind).toList());
  }

  /** A rule matched at a word of the title. */
  private record Match(TitleRule rule, int start) {
    int end() {
      return start + rule.words().size() - 1;
    }

    int literal() {
      return rule.literalLength();
    }

    /** Ties go to the user's rules, then to the rule written first. */
    int preference() {
      return (rule.user() ? 0 : 1 << 30) + rule.order();
    }

    boolean hiddenBy(Match other) {
      if (other == this || other.start > start || other.end() < end()) {
        return false;
      }
      boolean wider = other.start < start || other.end() > end();
      return wider || other.literal() > literal();
    }
  }

  private static List<Match> matches(TitleRules.Index index, String[] words) {
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      add(found, index.candidates(words[i]), words, i);
    }
    return found;
  }

  private static void add(List<Match> found, List<TitleRule> rules, String[] words, int at) {
    if (rules == null) {
      return;
    }
    for (TitleRule rule : rules) {
      int start = at - rule.anchor();
      if (rule.matchesAt(words, start)) {
        found.add(new Match(rule, start));
      }
    }
  }

  private static Match best(List<Match> matches, Comparator<Match> order) {
    Match best = null;
    for (Match candidate : matches) {
      if (candidate.rule().value().equals(TitleRule.NONE)
          || matches.stream().anyMatch(candidate::hiddenBy)) {
        continue;
      }
      if (best == null || order.compare(candidate, best) < 0) {
        best = candidate;
      }
    }
    return best;
  }
}
