package org.icpengine.data.fit;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBWritableVector;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * Counts what the streaming statement writes while it writes it: an engine function written in Java
 * that gives back each row's tier and adds it, and the row's count of neutralised cells, to its
 * totals. The tier and formula-cell counts of {@code icp score} so come from the same pass as the
 * output, not from a second read of the written file. Scoring a market, it also sums each tier's
 * calibrated probabilities of being ideal and counts the rows outside the training support ({@link
 * MarketSummary}).
 *
 * <p>The function is volatile (the engine neither folds nor skips it) and takes the tier as a
 * number (0 none, 1 to 4 for A to D), so no text crosses into Java; the engine may call it from
 * several threads at once, hence the adders.
 */
final class ScoreTally {
  private static final AtomicLong NAMES = new AtomicLong();
  private static final List<String> TIERS = List.of("A", "B", "C", "D");
  private static final byte[][] WORDS = {
    new byte[0],
    "A".getBytes(StandardCharsets.UTF_8),
    "B".getBytes(StandardCharsets.UTF_8),
    "C".getBytes(StandardCharsets.UTF_8),
    "D".getBytes(StandardCharsets.UTF_8)
  };

  private final String name;
  private final LongAdder[] tiers = new LongAdder[WORDS.length];
  private final LongAdder neutralised = new LongAdder();
  private final DoubleAdder[] expected = new DoubleAdder[WORDS.length];
  private final LongAdder outside = new LongAdder();

  private ScoreTally(String name) {
    this.name = name;
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = new LongAdder();
      expected[i] = new DoubleAdder();
    }
  }

  /** Registers a new tally in the engine, under a name of its own. */
  static ScoreTally register(Engine engine) {
    ScoreTally tally = new ScoreTally("icp_tally_" + NAMES.incrementAndGet());
    try {
      DuckDBFunctions.scalarFunction()
          .withName(tally.name)
          .withParameters(
              DuckDBColumnType.INTEGER,
              DuckDBColumnType.INTEGER,
              DuckDBColumnType.DOUBLE,
              DuckDBColumnType.INTEGER)
          .withReturnType(DuckDBColumnType.VARCHAR)
          .withVolatile()
          .withVectorizedFunction(tally::apply)
          .register(engine.connection());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot register the tally function: " + e, e);
    }
    return tally;
  }

  /**
   * Returns the call that gives back the tier of {@code tier} (SQL text, 'A' to 'D' or NULL) and
   * counts it with the row's {@code neutralised} cells (SQL, an integer never NULL).
   */
  String call(String tier, String neutralised) {
    return call(tier, neutralised, "0", "0");
  }

  /**
   * As {@link #call(String, String)}, also adding the row's {@code probability} of being ideal
   * (SQL, a number never NULL) to its tier's expected ideal rows, and counting it when {@code
   * outside} (SQL, 1 for a row outside the training support, else 0).
   */
  String call(String tier, String neutralised, String probability, String outside) {
    StringBuilder code = new StringBuilder("CASE ").append(tier);
    for (int i = 0; i < TIERS.size(); i++) {
      code.append(" WHEN '").append(TIERS.get(i)).append("' THEN ").append(i + 1);
    }
    return name
        + "("
        + code.append(" ELSE 0 END")
        + ", "
        + neutralised
        + ", CAST("
        + probability
        + " AS DOUBLE), CAST("
        + outside
        + " AS INTEGER))";
  }

  /** The rows counted. */
  long rows() {
    long rows = 0;
    for (LongAdder tier : tiers) {
      rows += tier.sum();
    }
    return rows;
  }

  /** The rows without a tier. */
  long unscored() {
    return tiers[0].sum();
  }

  /** The rows per tier, tiers without rows left out. */
  Map<String, Long> tiers() {
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < TIERS.size(); i++) {
      long count = tiers[i + 1].sum();
      if (count > 0) {
        counts.put(TIERS.get(i), count);
      }
    }
    return counts;
  }

  /** The market figures counted, for a model with the given training support. */
  MarketSummary market(Optional<TrainingSupport> support) {
    List<MarketSummary.Tier> counted = new ArrayList<>();
    for (int i = 0; i < TIERS.size(); i++) {
      counted.add(new MarketSummary.Tier(TIERS.get(i), tiers[i + 1].sum(), expected[i + 1].sum()));
    }
    return new MarketSummary(counted, unscored(), outside.sum(), support);
  }

  /** The cells neutralised. */
  long neutralised() {
    return neutralised.sum();
  }

  private void apply(DuckDBDataChunkReader chunk, DuckDBWritableVector out) {
    int rows = (int) chunk.rowCount();
    DuckDBReadableVector codes = chunk.vector(0);
    DuckDBReadableVector cells = chunk.vector(1);
    DuckDBReadableVector probabilities = chunk.vector(2);
    DuckDBReadableVector outsides = chunk.vector(3);
    long[] counted = new long[WORDS.length];
    double[] sums = new double[WORDS.length];
    long cellCount = 0;
    long outsideCount = 0;
    byte[][] texts = new byte[rows][];
    for (int r = 0; r < rows; r++) {
      int code = codes.getInt(r, 0);
      counted[code]++;
      cellCount += cells.getInt(r, 0);
      sums[code] += probabilities.getDouble(r, 0);
      outsideCount += outsides.getInt(r, 0);
      texts[r] = WORDS[code];
    }
    out.setStringUtf8Batch(0, texts);
    for (int r = 0; r < rows; r++) {
      if (texts[r].length == 0) {
        out.setNull(r);
      }
    }
    for (int i = 0; i < counted.length; i++) {
      tiers[i].add(counted[i]);
      expected[i].add(sums[i]);
    }
    neutralised.add(cellCount);
    outside.add(outsideCount);
  }
}
