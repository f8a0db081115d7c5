package org.icpengine.data.abm;

import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.ModelRows;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelGroup;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.funnel.TierEconomics;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Ranks a prospect or market file for account-based marketing. Every row is scored with the ICP
 * (the SQL {@code icp score} uses) and the scored ones are ranked by, in order: the highest fit
 * tier (A first); the lowest expected CAC — the tier's mean CAC per won account in the funnel, when
 * the sources have spend; the highest engagement score, when the model and the file have one; the
 * highest fit score; the file's order. Unscored and disqualified prospects are left out. The
 * expected CAC is the tier's, so it orders whole tiers only: two prospects of one tier have the
 * same; it is shown so that a list can be cut where acquisition gets too dear.
 */
public final class Abm {
  /** The ranking rule in words, shown with every list. */
  public static final String RULE =
      "highest fit tier first (A, B, C, D); then the lowest expected CAC (the tier's mean CAC per"
          + " won account in the funnel, when the sources have spend); then the highest"
          + " engagement score (when the model and the file have one); then the highest fit"
          + " score; then the file's order. Unscored and disqualified prospects are left out";

  private static final String RAW = "abm_raw";
  private static final String SCORES = "abm_scores";
  private static final String RANKED = "abm_ranked";
  private static final List<String> TIERS = List.of("A", "B", "C", "D");

  private Abm() {}

  /**
   * Ranks the prospects, writing the first {@code top} to {@code options.out()} when given.
   *
   * @param funnel the funnel by tier of the same ICP, for each tier's win rate and CAC
   * @throws InputException when the file cannot be read, has none of the model's columns, the
   *     funnel has no cut by tier, or the output cannot be written
   */
  public static AbmList rank(
      Path prospects, ScoreModel model, FunnelReport funnel, AbmOptions options) {
    Map<String, FunnelGroup> tiers = tiers(funnel);
    options.out().ifPresent(AtomicFiles::checkWritable);
    try (Engine engine = Engine.open(EngineAccess.reading(prospects))) {
      LoadedSource source = new SourceReader(engine).read(prospects, ReadOptions.defaults(), RAW);
      String name = prospects.getFileName().toString();
      ModelRows.scoreInto(engine, RAW, source.columns(), model, name, SCORES);
      engine.execute(rankSql(model, tiers));
      long ranked = engine.queryOne("SELECT count(*) FROM " + RANKED, r -> r.getLong(1));
      List<AbmTarget> targets = targets(engine, labelColumn(source.columns()), options.top());
      if (options.out().isPresent()) {
        write(engine, source.columns(), model, options);
      }
      return new AbmList(name, source.rows(), ranked, targets, RULE, notes(source, ranked, tiers));
    }
  }

  private static Map<String, FunnelGroup> tiers(FunnelReport funnel) {
    Map<String, FunnelGroup> tiers = new TreeMap<>();
    for (FunnelGroup g : funnel.groups(FunnelDimension.TIER)) {
      tiers.put(g.tier().orElseThrow(), g);
    }
    if (tiers.isEmpty()) {
      throw new InputException(
          "the ABM list needs the funnel cut by tier: run it with --by tier or --by tier,channel");
    }
    return tiers;
  }

  private static String rankSql(ScoreModel model, Map<String, FunnelGroup> tiers) {
    List<String> values = new ArrayList<>();
    for (String tier : TIERS) {
      FunnelGroup g = tiers.get(tier);
      Figure win = g == null ? Figure.missing() : g.winRate();
      Figure cac = g == null ? Figure.missing() : cac(g);
      values.add(
          "('"
              + tier
              + "', "
              + TIERS.indexOf(tier)
              + ", "
              + figure(win)
              + ", "
              + figure(cac)
              + ")");
    }
    String engagement = model.engagement().isPresent() ? "s.icp_engagement_score" : "NULL::DOUBLE";
    String grade = model.priority().isPresent() ? "s.icp_grade" : "NULL::VARCHAR";
    return "CREATE OR REPLACE TABLE "
        + RANKED
        + " AS SELECT row_number() OVER (ORDER BY e.ord, e.cac ASC NULLS LAST, "
        + engagement
        + " DESC NULLS LAST, s.icp_score DESC, s."
        + quote("icp#row")
        + ") AS abm_rank, s."
        + quote("icp#row")
        + " AS abm_row, s.icp_tier AS tier, s.icp_score AS score, "
        + engagement
        + " AS engagement, "
        + grade
        + " AS grade, s.icp_reasons AS reasons, e.* EXCLUDE (tier, ord) FROM "
        + SCORES
        + " s JOIN (VALUES "
        + String.join(", ", values)
        + ") e(tier, ord, win, win_low, win_high, cac, cac_low, cac_high) ON e.tier ="
        + " s.icp_tier WHERE s.icp_status = 'scored'";
  }

  private static Figure cac(FunnelGroup g) {
    return g.economics().map(TierEconomics::cac).orElse(Figure.missing());
  }

  private static String figure(Figure f) {
    return number(f.value()) + ", " + number(f.low()) + ", " + number(f.high());
  }

  private static String number(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g::DOUBLE", v) : "NULL::DOUBLE";
  }

  private static List<AbmTarget> targets(Engine engine, String label, int top) {
    return engine.query(
        "SELECT k.abm_rank, k.abm_row + 1, CAST(r."
            + quote(label)
            + " AS VARCHAR), k.tier, k.score, k.engagement, k.grade, k.win, k.win_low,"
            + " k.win_high, k.cac, k.cac_low, k.cac_high, k.reasons FROM "
            + RANKED
            + " k JOIN "
            + RAW
            + " r ON r.rowid = k.abm_row WHERE k.abm_rank <= "
            + top
            + " ORDER BY k.abm_rank",
        r -> {
          double engagement = r.getDouble(6);
          OptionalDouble e = r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(engagement);
          return new AbmTarget(
              r.getLong(1),
              r.getLong(2),
              r.getString(3) == null ? "" : r.getString(3),
              r.getString(4),
              r.getDouble(5),
              e,
              Optional.ofNullable(r.getString(7)),
              figure(r.getObject(8), r.getObject(9), r.getObject(10)),
              figure(r.getObject(11), r.getObject(12), r.getObject(13)),
              r.getString(14));
        });
  }

  private static Figure figure(Object value, Object low, Object high) {
    if (value == null) {
      return Figure.missing();
    }
    return new Figure(((Number) value).doubleValue(), orNaN(low), orNaN(high), Double.NaN);
  }

  private static double orNaN(Object o) {
    return o == null ? Double.NaN : ((Number) o).doubleValue();
  }

  /** The column that names a prospect: a name or domain column, else the first. */
  static String labelColumn(List<String> columns) {
    for (String pattern :
        List.of("(?i).*(company|account|organi[sz]ation).*name.*", "(?i)name", "(?i).*domain.*")) {
      for (String c : columns) {
        if (c.strip().matches(pattern)) {
          return c;
        }
      }
    }
    return columns.get(0);
  }

  private static void write(Engine engine, List<String> columns, ScoreModel model, AbmOptions o) {
    String select = AbmColumns.select(columns, model, o.format(), RAW, RANKED, o.top());
    Path out = o.out().orElseThrow();
    try {
      AtomicFiles.writeAt(out, file -> engine.copy(select, "(FORMAT csv, HEADER true)", file));
    } catch (IOException e) {
      throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static List<String> notes(
      LoadedSource source, long ranked, Map<String, FunnelGroup> tiers) {
    List<String> notes = new ArrayList<>();
    if (ranked < source.rows()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d of %,d prospects are not ranked: unscored (too little of the model known) or"
                  + " disqualified",
              source.rows() - ranked,
              source.rows()));
    }
    if (tiers.values().stream().allMatch(g -> g.economics().isEmpty())) {
      notes.add("cac: the sources have no spend, so no expected CAC: the rank skips that step");
    }
    return notes;
  }
}
