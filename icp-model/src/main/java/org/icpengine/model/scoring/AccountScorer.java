package org.icpengine.model.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.core.column.ValueType;
import org.icpengine.core.score.Tiers;
import org.icpengine.model.clean.Spellings;
import org.icpengine.model.clean.ValueCleaner;

/**
 * Scores one account at a time in Java, giving exactly the score, tier, reasons and engagement
 * score that {@code BatchScorer} (icp-data) gives a file's row holding the same values. Built once
 * per {@link ScoreModel}; thread-safe.
 *
 * <p>An account's keys are matched to the model's columns as a file's columns are: by the same
 * name, else by the same name but for case, spaces, punctuation and accents ("Number of Employees"
 * for "NumberOfEmployees"); an exact name wins over such a match, and of several such matches the
 * first in the map's order wins. Values are cleaned as {@link ValueCleaner} describes.
 *
 * <p>A model column the account has no key for is absent, worth 0 points like a column a file
 * lacks; a key without a value is "not given", worth 0 unless that is a confirmed signal. Coverage
 * and status follow {@link Coverage}.
 */
public final class AccountScorer {
  /** Folding keys of at most this many short texts are kept, so input cannot fill the memory. */
  private static final int MAX_CACHED = 20_000;

  private static final int MAX_CACHED_LENGTH = 100;

  private record Rule(int column, String key, String reason, boolean set) {}

  private final List<String> columns;
  private final ValueType[] types;
  private final Map<String, Integer> byName = new HashMap<>();
  private final Map<String, int[]> bySpelling = new HashMap<>();
  private final ScoreTable fit;
  private final ScoreTable engagement;
  private final ScoreTable priority;
  private final EngagementLevels levels;
  private final Rule[] rules;
  private final Tiers tiers;
  private final Coverage coverage;
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Map<String, String> spellings = new ConcurrentHashMap<>();
  private final SupportCheck support;

  /** Words before the columns of a market account outside the training support. */
  public static final String OUTSIDE_SUPPORT = "; outside training support: ";

  /**
   * Compiles the model.
   *
   * @throws IllegalArgumentException when an attribute's kind does not fit its column's type (a
   *     hand-edited model), or the model scores dates
   */
  public AccountScorer(ScoreModel model) {
    this(model, false);
  }

  /**
   * Compiles the model; for a {@code market} (accounts with no outcome) a scored account with a fit
   * value outside the model's training support gets status {@code outside_support} and its reasons
   * end with those columns, as {@code icp score --market} does. A model without a recorded support
   * flags nothing.
   *
   * @throws IllegalArgumentException when an attribute's kind does not fit its column's type (a
   *     hand-edited model), or the model scores dates
   */
  public AccountScorer(ScoreModel model, boolean market) {
    columns = model.columns();
    types = new ValueType[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      byName.put(columns.get(c), c);
      int[] alike = bySpelling.getOrDefault(Spellings.key(columns.get(c)), new int[0]);
      int[] more = java.util.Arrays.copyOf(alike, alike.length + 1);
      more[alike.length] = c;
      bySpelling.put(Spellings.key(columns.get(c)), more);
      types[c] = ValueType.CATEGORY;
    }
    // as BatchScorer plans the cleaning: the first attribute of a column gives its type
    List<PointsTable.Scored> all = new ArrayList<>(model.fit().attributes());
    model.engagement().ifPresent(e -> all.addAll(e.attributes()));
    boolean[] typed = new boolean[columns.size()];
    for (PointsTable.Scored scored : all) {
      int c = byName.get(scored.attribute().column());
      if (!typed[c]) {
        typed[c] = true;
        types[c] = scored.attribute().type();
      }
    }
    fit = new ScoreTable(model.fit(), byName, types);
    engagement = model.engagement().map(e -> new ScoreTable(e, byName, types)).orElse(null);
    priority =
        model.priority().map(p -> new ScoreTable(p.points(), byName, types, true)).orElse(null);
    levels = model.priority().map(Priority::levels).orElse(null);
    rules =
        model.disqualifiers().stream()
            .map(
                d ->
                    new Rule(
                        byName.get(d.column()),
                        FoldingKey.of(d.value()),
                        d.reason(),
                        model.fit().attributes().stream()
                            .anyMatch(
                                a ->
                                    a.attribute().column().equals(d.column())
                                        && a.attribute().kind() == FitAttribute.Kind.SET_ITEM)))
            .toArray(Rule[]::new);
    tiers = model.tiers();
    coverage = new Coverage(model);
    support = new SupportCheck(market ? model.support() : java.util.Optional.empty(), byName);
  }

  /** Returns the model's columns, fit and engagement, in model order. */
  public List<String> columns() {
    return columns;
  }

  /**
   * Scores one account.
   *
   * @param attributes the account's values by column name: text as a file would hold it, or JSON
   *     values (numbers, yes/no, lists of items); {@code null} values are missing
   */
  public AccountScore score(Map<String, ?> attributes) {
    int n = columns.size();
    Object[] raw = new Object[n];
    String[] source = new String[n];
    boolean[] exact = new boolean[n];
    for (Map.Entry<String, ?> entry : attributes.entrySet()) {
      String name = entry.getKey();
      if (name == null) {
        continue;
      }
      Integer same = byName.get(name);
      if (same != null && !exact[same]) {
        exact[same] = true;
        raw[same] = entry.getValue();
        source[same] = name;
      }
      int[] alike = bySpelling.get(spelling(name));
      if (alike != null) {
        for (int c : alike) {
          if (source[c] == null) {
            raw[c] = entry.getValue();
            source[c] = name;
          }
        }
      }
    }
    List<String> ignored = new ArrayList<>();
    for (String name : attributes.keySet()) {
      if (name != null && !java.util.Arrays.asList(source).contains(name)) {
        ignored.add(name);
      }
    }
    Object[] cleaned = new Object[n];
    boolean[] absent = new boolean[n];
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      absent[c] = source[c] == null;
      cleaned[c] = absent[c] ? null : clean(raw[c], types[c]);
      if (cleaned[c] == null) {
        missing.add(columns.get(c));
      }
    }
    return score(cleaned, absent, missing, ignored);
  }

  /**
   * Scores cleaned values; a column the account has no key for is absent, worth 0 points as a
   * column a file lacks, while a key without a value is "not given".
   */
  private AccountScore score(
      Object[] cleaned, boolean[] absentColumns, List<String> missing, List<String> ignored) {
    String disqualification = disqualification(cleaned);
    Integer engaged = null;
    if (engagement != null) {
      int[] codes = engagement.codes(cleaned);
      boolean[] absent = engagement.absent(absentColumns);
      engaged = engagement.known(codes) ? cap(engagement.sum(codes, absent)) : null;
    }
    boolean[] absent = fit.absent(absentColumns);
    int[] codes = fit.codes(cleaned);
    long known = coverage.known(codes);
    boolean enough = coverage.enough(fit.known(codes), known);
    String outside = disqualification == null && enough ? support.outside(cleaned) : "";
    String status =
        disqualification != null
            ? "disqualified"
            : !enough ? "insufficient_data" : outside.isEmpty() ? "scored" : "outside_support";
    if (!enough) {
      String prefix = disqualification == null ? "" : "disqualified: " + disqualification + "; ";
      return new AccountScore(
          null,
          disqualification == null ? null : "D",
          prefix + coverage.reason(known, codes),
          engaged,
          disqualification,
          List.of(),
          missing,
          ignored,
          coverage.share(known),
          status,
          null,
          null,
          grade(disqualification == null ? null : "D", engaged));
    }
    int sum = fit.sum(codes, absent);
    int score = cap(sum);
    String tier = disqualification != null ? "D" : String.valueOf(tiers.tier(score));
    List<ScoreTable.Term> terms = fit.terms(codes, absent);
    List<Contribution> contributions = new ArrayList<>(terms.size());
    for (ScoreTable.Term term : terms) {
      contributions.add(new Contribution(fit.words(term), term.points()));
    }
    Integer priorityScore = null;
    String priorityReasons = null;
    if (priority != null) {
      int[] priorityCodes = priority.codes(cleaned);
      boolean[] priorityAbsent = priority.absent(absentColumns);
      int prioritySum = priority.sum(priorityCodes, priorityAbsent);
      priorityScore = cap(prioritySum);
      List<Contribution> sided = new ArrayList<>();
      for (ScoreTable.Term term : priority.terms(priorityCodes, priorityAbsent)) {
        sided.add(new Contribution(priority.words(term), term.points()));
      }
      priorityReasons = reasons(sided, prioritySum, disqualification);
    }
    return new AccountScore(
        score,
        tier,
        reasons(contributions, sum, disqualification)
            + (outside.isEmpty() ? "" : OUTSIDE_SUPPORT + outside),
        engaged,
        disqualification,
        contributions,
        missing,
        ignored,
        coverage.share(known),
        status,
        priorityScore,
        priorityReasons,
        grade(tier, engaged));
  }

  /** The grade of a tier and engagement score, or {@code null} without a priority or a tier. */
  private String grade(String tier, Integer engaged) {
    return levels == null ? null : levels.grade(tier, engaged);
  }

  private static int cap(int sum) {
    return Math.max(0, Math.min(100, sum));
  }

  /** The reasons as {@code ScoreSql} (icp-data) words them. */
  private static String reasons(List<Contribution> terms, int sum, String disqualification) {
    StringBuilder text = new StringBuilder(160);
    if (disqualification != null) {
      text.append("disqualified: ").append(disqualification).append("; ");
    }
    ReasonWords.body(
        text, terms.size(), t -> terms.get(t).label(), t -> terms.get(t).points(), sum);
    return text.toString();
  }

  /** The first disqualifier whose column holds its value, compared on folding keys. */
  private String disqualification(Object[] cleaned) {
    for (Rule rule : rules) {
      Object value = cleaned[rule.column()];
      if (value == null) {
        continue;
      }
      boolean match;
      if (value instanceof String[]) {
        match = rule.set() && java.util.Arrays.asList((String[]) value).contains(rule.key());
      } else {
        match = !rule.set() && rule.key().equals(engineKey(value));
      }
      if (match) {
        return rule.reason();
      }
    }
    return null;
  }

  /** The folding key of a number or yes/no value as the engine casts it to text. */
  private String engineKey(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    return key(value instanceof Double ? Double.toString((Double) value) : value.toString());
  }

  /** Cleans a value for {@link ScoreTable}: texts and items become folding keys. */
  private Object clean(Object value, ValueType type) {
    switch (type) {
      case NUMBER:
        return ValueCleaner.number(value);
      case BOOLEAN:
        return ValueCleaner.bool(value);
      case SET:
        List<String> items = ValueCleaner.itemsInOrder(value);
        if (items == null) {
          return null;
        }
        String[] itemKeys = new String[items.size()];
        for (int i = 0; i < itemKeys.length; i++) {
          itemKeys[i] = key(items.get(i));
        }
        return itemKeys;
      case COUNTRY:
        return key(ValueCleaner.country(value));
      case DOMAIN:
        return key(ValueCleaner.domain(value));
      default:
        return key(ValueCleaner.category(value));
    }
  }

  private String key(String text) {
    if (text == null) {
      return null;
    }
    String key = keys.get(text);
    if (key == null) {
      key = FoldingKey.of(text);
      if (keys.size() < MAX_CACHED && text.length() <= MAX_CACHED_LENGTH) {
        keys.put(text, key);
      }
    }
    return key;
  }

  private String spelling(String name) {
    String key = spellings.get(name);
    if (key == null) {
      key = Spellings.key(name);
      if (spellings.size() < MAX_CACHED && name.length() <= MAX_CACHED_LENGTH) {
        spellings.put(name, key);
      }
    }
    return key;
  }
}
