package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.Coverage;
import org.icpengine.model.scoring.EngagementLevels;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.Priority;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.scoring.Side;

/**
 * The engine SQL that scores rows with a {@link ScoreModel}: each attribute's bin from {@link
 * FitAttribute#codeSql()}, its points and words looked up by bin, the capped sum, the tier (D when
 * a disqualifier matches) and the reasons: the five largest contributions in words, then the sum of
 * the rest, then any cap, so that 50 plus every number in the reasons is the score.
 *
 * <p>Each row's coverage is the share of the fit attributes' importance ({@link
 * PointsTable#coverageWeights()}) whose values it has. A row with no fit value, or with coverage
 * below the model's threshold, is not scored: its status is {@code insufficient_data}, its score
 * and tier are empty (tier D if a disqualifier matches, status {@code disqualified}) and its
 * reasons say how much was known and which columns were not given. A column the file lacks is worth
 * 0 on every row, even when its "not given" is a confirmed signal.
 *
 * <p>With an engagement score and a {@link Priority}, the priority is scored the same way over its
 * own points table (reusing the fit's and engagement's bin codes where an attribute is the same),
 * its reasons prefixed by each attribute's {@link Side}, and the grade is the fit tier, a dash and
 * the engagement level. A row has a priority exactly when it has a fit score. The reasons come from
 * {@link ReasonFunction}, which words them as {@link AccountScorer} does.
 */
final class ScoreSql {
  /** The score columns added to every row. */
  static final String SCORE = "icp_score";

  static final String TIER = "icp_tier";
  static final String REASONS = "icp_reasons";
  static final String ENGAGEMENT = "icp_engagement_score";
  static final String COVERAGE = "icp_coverage";
  static final String STATUS = "icp_status";
  static final String PRIORITY = "icp_priority";
  static final String PRIORITY_REASONS = "icp_priority_reasons";
  static final String GRADE = "icp_grade";

  private ScoreSql() {}

  /**
   * One points table in the query: the prefix of its columns, and the code column of each of its
   * attributes (the priority reuses the fit's and engagement's codes where its attribute is the
   * same, so a bin is computed once).
   */
  private record Part(String prefix, PointsTable table, List<String> codes) {}

  /**
   * Returns a SELECT of {@code icp#row} and the score columns over {@code relation}, a relation of
   * cleaned columns under their file names with {@code icp#row}; columns not in {@code present} are
   * taken as unknown on every row. The folding keys of some columns are given as other SQL in
   * {@code keys} (a lookup of precomputed keys, which is far cheaper than the key's regular
   * expressions on every row). The reasons' functions ({@link ReasonFunction}) are registered in
   * the engine the query is for.
   */
  static String select(
      Engine engine,
      ScoreModel model,
      String relation,
      Set<String> present,
      java.util.Map<String, String> keys) {
    return select(engine, model, relation, present, keys, List.of(quote(CleanedTable.ROW)));
  }

  /**
   * As {@link #select(Engine, ScoreModel, String, Set, java.util.Map)}, passing the {@code carried}
   * columns of {@code relation} (quoted names) through, first, in place of {@code icp#row}: a
   * streaming statement carries the raw columns it writes beside the scores.
   */
  static String select(
      Engine engine,
      ScoreModel model,
      String relation,
      Set<String> present,
      java.util.Map<String, String> keys,
      List<String> carried) {
    java.util.Map<FitAttribute, String> coded = new java.util.HashMap<>();
    Part fit = part("f", model.fit(), coded);
    java.util.Optional<Part> engagement = model.engagement().map(e -> part("e", e, coded));
    java.util.Optional<Part> priority = model.priority().map(p -> part("r", p.points(), coded));
    String row = String.join(", ", carried);
    List<String> codes = new ArrayList<>();
    codes.add(row);
    codes.addAll(codes(fit, present));
    engagement.ifPresent(e -> codes.addAll(codes(e, present)));
    priority.ifPresent(p -> codes.addAll(codes(p, present)));
    codes.add(DisqualifierSql.reason(model, present) + " AS icp_disqualified");
    List<String> points = new ArrayList<>();
    points.add(row);
    points.add("icp_disqualified");
    points.addAll(terms(fit, present));
    points.add(known(fit) + " AS icp_known");
    points.add(knownWeight(model.fit()) + " AS icp_known_weight");
    engagement.ifPresent(
        e -> {
          points.addAll(terms(e, present));
          points.add(known(e) + " AS icp_engagement_known");
        });
    priority.ifPresent(p -> points.addAll(terms(p, present)));
    String fitReasons =
        ReasonFunction.register(engine, model.fit(), false, present).call(fit.codes());
    String priorityReasons =
        priority
            .map(p -> ReasonFunction.register(engine, p.table(), true, present).call(p.codes()))
            .orElse("NULL");
    return "SELECT "
        + String.join(", ", outer(model, row, fitReasons, priorityReasons))
        + " FROM (SELECT *, "
        + tier(model)
        + " AS icp_tier_v FROM (SELECT *, greatest(0, least(100, icp_sum)) AS icp_capped"
        + engagement.map(e -> ", " + ENGAGED + " AS icp_engaged").orElse("")
        + " FROM (SELECT *, "
        + sum(fit)
        + " AS icp_sum, "
        + Coverage.enoughSql("icp_known", "icp_known_weight", model)
        + " AS icp_enough"
        + engagement.map(e -> ", " + sum(e) + " AS icp_engagement_sum").orElse("")
        + priority.map(p -> ", " + sum(p) + " AS icp_priority_sum").orElse("")
        + " FROM (SELECT "
        + String.join(", ", points)
        + " FROM (SELECT "
        + String.join(", ", codes)
        + " FROM (SELECT *"
        + keyProjection(model, present, keys)
        + " FROM "
        + relation
        + "))))))";
  }

  /**
   * The carried columns ({@code row}), then the score columns, from the sums, codes and flags of
   * the inner queries (the capped score, engagement and tier computed once); the reasons of a
   * scored row are the calls given.
   */
  private static List<String> outer(
      ScoreModel model, String row, String fitReasons, String priorityReasons) {
    List<String> outer = new ArrayList<>();
    outer.add(row);
    outer.add("CASE WHEN icp_enough THEN icp_capped END AS " + SCORE);
    outer.add("icp_tier_v AS " + TIER);
    outer.add(reasons(model, fitReasons) + " AS " + REASONS);
    if (model.engagement().isPresent()) {
      outer.add("icp_engaged AS " + ENGAGEMENT);
    }
    model
        .priority()
        .ifPresent(
            p -> {
              outer.add(
                  "CASE WHEN icp_enough THEN greatest(0, least(100, icp_priority_sum)) END AS "
                      + PRIORITY);
              outer.add(
                  "CASE WHEN icp_enough THEN coalesce('disqualified: ' || icp_disqualified || '; ',"
                      + " '') || "
                      + priorityReasons
                      + " END AS "
                      + PRIORITY_REASONS);
              outer.add(grade(p.levels()) + " AS " + GRADE);
            });
    outer.add(Coverage.percentSql("icp_known_weight", model.fit()) + " / 100 AS " + COVERAGE);
    outer.add(
        "CASE WHEN icp_disqualified IS NOT NULL THEN 'disqualified' WHEN icp_enough THEN 'scored'"
            + " ELSE 'insufficient_data' END AS "
            + STATUS);
    return outer;
  }

  /** The engagement score, capped: empty when no engagement attribute is known. */
  private static final String ENGAGED =
      "CASE WHEN icp_engagement_known THEN greatest(0, least(100, icp_engagement_sum)) END";

  /**
   * The grade: the fit tier, a dash and the engagement level; empty without a tier (a priority
   * needs an engagement score, so {@code icp_engaged} is there).
   */
  private static String grade(EngagementLevels levels) {
    return "CASE WHEN icp_tier_v IS NULL THEN NULL ELSE icp_tier_v || '-' || CASE WHEN icp_engaged"
        + " IS NULL THEN "
        + literal(EngagementLevels.UNKNOWN)
        + " WHEN icp_engaged >= "
        + levels.high()
        + " THEN 'high' WHEN icp_engaged >= "
        + levels.medium()
        + " THEN 'medium' ELSE 'low' END END";
  }

  private static String keyProjection(
      ScoreModel model, Set<String> present, java.util.Map<String, String> keys) {
    List<String> keyColumns = new ArrayList<>();
    StringBuilder keyed = new StringBuilder();
    for (FitAttribute attribute : attributes(model)) {
      if (present.contains(attribute.column())
          && !attribute.keySql().isEmpty()
          && !keyColumns.contains(attribute.keyColumn())) {
        keyColumns.add(attribute.keyColumn());
        keyed
            .append(", ")
            .append(keys.getOrDefault(attribute.column(), attribute.keySql()))
            .append(" AS ")
            .append(quote(attribute.keyColumn()));
      }
    }
    return keyed.toString();
  }

  /** Every attribute of the model: fit, engagement, then priority. */
  private static List<FitAttribute> attributes(ScoreModel model) {
    List<FitAttribute> all = new ArrayList<>();
    model.fit().attributes().forEach(a -> all.add(a.attribute()));
    model.engagement().ifPresent(e -> e.attributes().forEach(a -> all.add(a.attribute())));
    model.priority().ifPresent(p -> p.points().attributes().forEach(a -> all.add(a.attribute())));
    return all;
  }

  /** Names each attribute's code column, reusing one already coded for an equal attribute. */
  private static Part part(
      String prefix, PointsTable table, java.util.Map<FitAttribute, String> coded) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < table.attributes().size(); i++) {
      FitAttribute attribute = table.attributes().get(i).attribute();
      String name = coded.get(attribute);
      if (name == null) {
        name = prefix + "c" + i;
        coded.put(attribute, name);
      }
      names.add(name);
    }
    return new Part(prefix, table, names);
  }

  /** The code columns this part computes itself (not those it reuses). */
  private static List<String> codes(Part part, Set<String> present) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < part.table().attributes().size(); i++) {
      if (!own(part, i)) {
        continue;
      }
      FitAttribute attribute = part.table().attributes().get(i).attribute();
      String code = present.contains(attribute.column()) ? attribute.codeSql() : "0";
      codes.add("CAST(" + code + " AS INTEGER) AS " + part.codes().get(i));
    }
    return codes;
  }

  private static boolean own(Part part, int i) {
    return part.codes().get(i).equals(part.prefix() + "c" + i);
  }

  /**
   * Each attribute's code (those the part computes) and points, and each interaction's points;
   * absent columns are worth 0.
   */
  private static List<String> terms(Part part, Set<String> present) {
    PointsTable table = part.table();
    String prefix = part.prefix();
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < table.attributes().size(); i++) {
      PointsTable.Scored scored = table.attributes().get(i);
      String code = part.codes().get(i) + " + 1";
      if (own(part, i)) {
        terms.add(part.codes().get(i));
      }
      terms.add(
          (present.contains(scored.attribute().column())
                  ? "list_extract(" + ints(scored.points()) + ", " + code + ")"
                  : "0")
              + " AS "
              + prefix
              + "p"
              + i);
    }
    for (int k = 0; k < table.interactions().size(); k++) {
      PointsTable.Interaction pair = table.interactions().get(k);
      if (!present.contains(table.attributes().get(pair.first()).attribute().column())
          || !present.contains(table.attributes().get(pair.second()).attribute().column())) {
        terms.add("0 AS " + prefix + "q" + k);
        continue;
      }
      String a =
          "list_extract("
              + ints(pair.firstGroups())
              + ", "
              + part.codes().get(pair.first())
              + " + 1) + 1";
      String b =
          "list_extract("
              + ints(pair.secondGroups())
              + ", "
              + part.codes().get(pair.second())
              + " + 1) + 1";
      String grid =
          pair.points().stream().map(ScoreSql::ints).collect(Collectors.joining(", ", "[", "]"));
      terms.add(
          "list_extract(list_extract(" + grid + ", " + a + "), " + b + ") AS " + prefix + "q" + k);
    }
    return terms;
  }

  private static String sum(Part part) {
    StringBuilder sum = new StringBuilder("50");
    for (int i = 0; i < part.table().attributes().size(); i++) {
      sum.append(" + ").append(part.prefix()).append("p").append(i);
    }
    for (int k = 0; k < part.table().interactions().size(); k++) {
      sum.append(" + ").append(part.prefix()).append("q").append(k);
    }
    return sum.toString();
  }

  private static String known(Part part) {
    if (part.table().attributes().isEmpty()) {
      return "false";
    }
    List<String> known = new ArrayList<>();
    for (String code : part.codes()) {
      known.add(code + " > 0");
    }
    return "(" + String.join(" OR ", known) + ")";
  }

  /** The sum of the coverage weights of the attributes with a value, a whole number. */
  private static String knownWeight(PointsTable table) {
    long[] weights = table.coverageWeights();
    StringBuilder sum = new StringBuilder("CAST(0");
    for (int i = 0; i < weights.length; i++) {
      sum.append(" + CASE WHEN fc").append(i).append(" > 0 THEN ").append(weights[i]);
      sum.append(" ELSE 0 END");
    }
    return sum.append(" AS BIGINT)").toString();
  }

  private static String tier(ScoreModel model) {
    return "CASE WHEN icp_disqualified IS NOT NULL THEN 'D' WHEN NOT icp_enough THEN NULL"
        + " WHEN icp_capped >= "
        + model.tiers().a()
        + " THEN 'A' WHEN icp_capped >= "
        + model.tiers().b()
        + " THEN 'B' WHEN icp_capped >= "
        + model.tiers().c()
        + " THEN 'C' ELSE 'D' END";
  }

  private static String reasons(ScoreModel model, String fitReasons) {
    return "coalesce('disqualified: ' || icp_disqualified || '; ', '') || CASE WHEN icp_enough THEN "
        + fitReasons
        + " ELSE "
        + Coverage.reasonSql("icp_known_weight", model)
        + " END";
  }

  private static String ints(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
  }
}
