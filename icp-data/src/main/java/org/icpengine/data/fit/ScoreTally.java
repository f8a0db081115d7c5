package org.icpengine.data.fit;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBWritableVector;
import org.icpengine.data.engine.Engine;

/**
 * Counts what the streaming statement writes while it writes it: an engine function written in Java
 * that gives back each row's tier and adds it, and the row's count of neutralised cells, to its
 * totals. The tier and formula-cell counts of {@code icp score} so come from the same pass as the
 * output, not from a second read of the written file.
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

  private ScoreTally(String name) {
    this.name = name;
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = new LongAdder();
    }
  }

  /** Registers a new tally in the engine, under a name of its own. */
  static ScoreTally register(Engine engine) {
    ScoreTally tally = new ScoreTally("icp_tally_" + NAMES.incrementAndGet());
    try {
      DuckDBFunctions.scalarFunction()
          .withName(tally.name)
          .withParameters(DuckDBColumnType.INTEGER, DuckDBColumnType.INTEGER)
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
    StringBuilder code = new StringBuilder("CASE ").append(tier);
    for (int i = 0; i < TIERS.size(); i++) {
      code.append(" WHEN '").append(TIERS.get(i)).append("' THEN ").append(i + 1);
    }
    return name + "(" + code.append(" ELSE 0 END") + ", " + neutralised + ")";
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

  /** The cells neutralised. */
  long neutralised() {
    return neutralised.sum();
  }

  private void apply(DuckDBDataChunkReader chunk, DuckDBWritableVector out) {
    int rows = (int) chunk.rowCount();
    DuckDBReadableVector codes = chunk.vector(0);
    DuckDBReadableVector cells = chunk.vector(1);
    long[] counted = new long[WORDS.length];
    long cellCount = 0;
    byte[][] texts = new byte[rows][];
    for (int r = 0; r < rows; r++) {
      int code = codes.getInt(r, 0);
      counted[code]++;
      cellCount += cells.getInt(r, 0);
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
    }
    neutralised.add(cellCount);
  }
}
