package org.icpengine.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleaningSql;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.fit.ColumnMatcher;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.model.clean.Countries;
import org.icpengine.model.clean.EngineText;
import org.icpengine.model.clean.Placeholders;
import org.icpengine.model.clean.Spellings;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.FoldingKey;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * The one class of this module that reads icp.json and the model's cleaning rules: it turns the
 * model into plain values ({@link ModelSpec}, {@link Cleaning}) for the Spark compiler, and matches
 * a file's columns to the model's as {@code icp score} does by name.
 */
public final class IcpModel {
  private final ScoreModel model;

  /**
   * The cleaning rules, as Java regular expressions and word lists.
   *
   * @param number the full number pattern (suffixes, ranges, units), on lower-cased text
   * @param simpleNumber a plain number with currency and thousands separators, anchored
   * @param domain a web address or host, group 1 the host, on lower-cased text
   * @param separator the separator of a multi-valued cell's items
   * @param placeholders the values that mean "no value", lower case
   * @param trueWords the spellings of yes, lower case
   * @param falseWords the spellings of no, lower case
   * @param countries a country spelling's key and the folding key of its canonical name
   */
  public record Cleaning(
      String number,
      String simpleNumber,
      String domain,
      String separator,
      List<String> placeholders,
      Set<String> trueWords,
      Set<String> falseWords,
      Map<String, String> countries) {}

  IcpModel(ScoreModel model) {
    this.model = model;
  }

  /**
   * Reads an icp.json.
   *
   * @throws IllegalArgumentException with a one-line message when it is not a readable model
   */
  public static IcpModel read(Path file) {
    try {
      return new IcpModel(ModelFile.read(file));
    } catch (InputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Returns the model column each of a file's columns holds, by name: model to file column. */
  public Map<String, String> match(List<String> fileColumns) {
    return ColumnMatcher.asMap(new ColumnMatcher(model).match(fileColumns, Map.of()));
  }

  /** Returns the folding key of a value, as the model's levels are compared. */
  public static String foldingKey(String value) {
    return FoldingKey.of(value);
  }

  /** Returns a country spelling's key, as {@link Cleaning#countries()} is keyed. */
  public static String spellingKey(String value) {
    return Spellings.key(value);
  }

  /** Returns the cleaning rules. */
  public static Cleaning cleaning() {
    Map<String, String> countries = new HashMap<>();
    Countries.bySpellingKey()
        .forEach((spelling, name) -> countries.put(spelling, foldingKey(name)));
    return new Cleaning(
        "(?d)" + EngineText.compile(CleaningSql.NUMBER_PATTERN).pattern(),
        "(?d)^(?:" + EngineText.compile(CleaningSql.SIMPLE_NUMBER_PATTERN).pattern() + ")$",
        "(?d)" + EngineText.compile(CleaningSql.DOMAIN_PATTERN).pattern(),
        "(?d)" + EngineText.compile(ColumnPlan.ANY_SEPARATOR).pattern(),
        Placeholders.VALUES,
        CleaningSql.TRUE_WORDS,
        CleaningSql.FALSE_WORDS,
        countries);
  }

  /** Returns the model as plain values. */
  public ModelSpec spec() {
    List<String> names = model.columns();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < names.size(); c++) {
      index.put(names.get(c), c);
    }
    List<PointsTable.Scored> fit = model.fit().attributes();
    List<ModelSpec.Attribute> attributes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Map<String, List<Integer>> items = new LinkedHashMap<>();
    for (int i = 0; i < fit.size(); i++) {
      PointsTable.Scored scored = fit.get(i);
      attributes.add(attribute(scored, index.get(scored.attribute().column()), labels.size()));
      labels.addAll(scored.labels());
      if (scored.attribute().kind() == FitAttribute.Kind.SET_ITEM) {
        items.computeIfAbsent(scored.attribute().column(), c -> new ArrayList<>()).add(i);
      }
    }
    items.keySet().forEach(column -> labels.add(column + " unknown"));
    List<Long> weights = new ArrayList<>();
    for (long w : model.fit().coverageWeights()) {
      weights.add(w);
    }
    return new ModelSpec(
        columns(names),
        attributes,
        pairs(),
        rules(index),
        labels,
        List.copyOf(items.values()),
        weights,
        model.minCoverage(),
        List.of(model.tiers().a(), model.tiers().b(), model.tiers().c()),
        coverageOrder(weights),
        support(index));
  }

  /** The training support of the fit columns the model has, in the support's order. */
  private List<ModelSpec.Support> support(Map<String, Integer> index) {
    List<ModelSpec.Support> support = new ArrayList<>();
    for (TrainingSupport.Column column :
        model.support().map(TrainingSupport::columns).orElse(List.of())) {
      Integer c = index.get(column.column());
      if (c == null) {
        continue;
      }
      boolean set =
          model.fit().attributes().stream()
              .anyMatch(
                  a ->
                      a.attribute().column().equals(column.column())
                          && a.attribute().kind() == FitAttribute.Kind.SET_ITEM);
      support.add(
          new ModelSpec.Support(
              c,
              column.column(),
              column.range().map(TrainingSupport.Range::min).orElse(null),
              column.range().map(TrainingSupport.Range::max).orElse(null),
              column.keys().map(k -> k.stream().sorted().toList()).orElse(List.of()),
              set));
    }
    return support;
  }

  /** Each column's cleaning: the type of its first attribute, fit then engagement. */
  private List<ModelSpec.ModelColumn> columns(List<String> names) {
    Map<String, ValueType> types = new HashMap<>();
    List<PointsTable.Scored> all = new ArrayList<>(model.fit().attributes());
    model.engagement().ifPresent(e -> all.addAll(e.attributes()));
    all.forEach(s -> types.putIfAbsent(s.attribute().column(), s.attribute().type()));
    List<ModelSpec.ModelColumn> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(new ModelSpec.ModelColumn(name, type(types.get(name))));
    }
    return columns;
  }

  private static ModelSpec.ColumnType type(ValueType type) {
    if (type == null) {
      return ModelSpec.ColumnType.CATEGORY;
    }
    switch (type) {
      case NUMBER:
        return ModelSpec.ColumnType.NUMBER;
      case BOOLEAN:
        return ModelSpec.ColumnType.BOOLEAN;
      case SET:
        return ModelSpec.ColumnType.SET;
      case COUNTRY:
        return ModelSpec.ColumnType.COUNTRY;
      case DOMAIN:
        return ModelSpec.ColumnType.DOMAIN;
      case DATE:
        throw new IllegalArgumentException("the model scores dates, which Spark scoring does not");
      default:
        return ModelSpec.ColumnType.CATEGORY;
    }
  }

  private static ModelSpec.Attribute attribute(PointsTable.Scored scored, int column, int offset) {
    FitAttribute fit = scored.attribute();
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (int l = 0; l < fit.levels().size(); l++) {
      levels.putIfAbsent(foldingKey(fit.levels().get(l)), l + 1);
    }
    boolean item = fit.kind() == FitAttribute.Kind.SET_ITEM;
    return new ModelSpec.Attribute(
        column,
        ModelSpec.Kind.valueOf(fit.kind().name()),
        List.copyOf(fit.upperBounds()),
        levels,
        fit.levels().size() + 1,
        item ? foldingKey(fit.levels().get(0)) : null,
        scored.points(),
        offset);
  }

  private List<ModelSpec.Pair> pairs() {
    List<ModelSpec.Pair> pairs = new ArrayList<>();
    for (PointsTable.Interaction pair : model.fit().interactions()) {
      pairs.add(
          new ModelSpec.Pair(
              pair.first(), pair.second(), pair.firstGroups(), pair.secondGroups(), pair.points()));
    }
    return pairs;
  }

  private List<ModelSpec.Rule> rules(Map<String, Integer> index) {
    List<ModelSpec.Rule> rules = new ArrayList<>();
    model
        .disqualifiers()
        .forEach(
            d ->
                rules.add(
                    new ModelSpec.Rule(
                        index.get(d.column()),
                        foldingKey(d.value()),
                        d.reason(),
                        model.fit().attributes().stream()
                            .anyMatch(
                                a ->
                                    a.attribute().column().equals(d.column())
                                        && a.attribute().kind() == FitAttribute.Kind.SET_ITEM))));
    return rules;
  }

  /** The first attribute of each fit column, most total weight first (ties in model order). */
  private List<Integer> coverageOrder(List<Long> weights) {
    Map<String, Long> byColumn = new LinkedHashMap<>();
    Map<String, Integer> first = new LinkedHashMap<>();
    List<PointsTable.Scored> fit = model.fit().attributes();
    for (int i = 0; i < fit.size(); i++) {
      byColumn.merge(fit.get(i).attribute().column(), weights.get(i), Long::sum);
      first.putIfAbsent(fit.get(i).attribute().column(), i);
    }
    return byColumn.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> first.get(e.getKey()))
        .toList();
  }
}
