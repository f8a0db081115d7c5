package org.icpengine.data.fit;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBWritableVector;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ReasonWriter;
import org.icpengine.model.scoring.ScoreTable;
import org.icpengine.model.scoring.Side;

/**
 * A points table's reasons as an engine function written in Java: given a row's bin codes, one per
 * attribute of the table, packed into a few BIGINTs ({@link PackedCodes}), it returns the words
 * {@link AccountScorer} gives (base 50, the five largest contributions, the sum of the rest, any
 * cap) from the same {@link ScoreTable}, written as UTF-8 bytes by a {@link ReasonWriter}, so the
 * engine and the single-account scorer cannot word a row differently.
 *
 * <p>Measured on the bench file (issue 19): the SQL it replaced — a list of structs per row, sorted
 * by {@code list_sort}, then turned into words with lambdas — was about 85 % of the score
 * statement's CPU time. Reading an argument costs about 100 ns per value, so the codes come packed
 * (2 BIGINTs instead of 26 INTEGERs for the bench model); the reasons are assembled as bytes from
 * labels encoded once, without a sorted list or a Java string per row.
 */
final class ReasonFunction {
  private static final AtomicLong NAMES = new AtomicLong();

  private final String name;
  private final PackedCodes packing;
  private final int arity;

  private ReasonFunction(String name, PackedCodes packing, int arity) {
    this.name = name;
    this.packing = packing;
    this.arity = arity;
  }

  /**
   * Registers the function of a table in the engine under a new name.
   *
   * @param sided whether the words name each attribute's {@link Side} (the priority's reasons)
   * @param present the model columns the input has; the others are worth 0 points on every row
   */
  static ReasonFunction register(
      Engine engine, PointsTable table, boolean sided, Set<String> present) {
    int size = table.attributes().size();
    boolean[] absent = new boolean[size];
    int[] bins = new int[size];
    for (int i = 0; i < size; i++) {
      PointsTable.Scored scored = table.attributes().get(i);
      absent[i] = !present.contains(scored.attribute().column());
      bins[i] = scored.points().size();
    }
    String name = "icp_reasons_" + NAMES.incrementAndGet();
    PackedCodes packing = PackedCodes.of(bins);
    if (size == 0) {
      return new ReasonFunction(name, packing, 0);
    }
    ReasonWriter writer = ReasonWriter.of(ScoreTable.ofCodes(table, sided), absent);
    DuckDBColumnType[] parameters = new DuckDBColumnType[packing.words()];
    Arrays.fill(parameters, DuckDBColumnType.BIGINT);
    try {
      DuckDBFunctions.scalarFunction()
          .withName(name)
          .withParameters(parameters)
          .withReturnType(DuckDBColumnType.VARCHAR)
          .withVectorizedFunction((chunk, out) -> apply(writer, packing, size, chunk, out))
          .register(engine.connection());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot register the reasons function: " + e, e);
    }
    return new ReasonFunction(name, packing, size);
  }

  /** Returns the call over the code columns (INTEGERs), one per attribute in table order. */
  String call(List<String> codes) {
    if (codes.size() != arity) {
      throw new IllegalStateException(name + " takes " + arity + " codes, not " + codes.size());
    }
    return arity == 0
        ? "'base 50; average on every attribute'"
        : name + "(" + String.join(", ", packing.sql(codes)) + ")";
  }

  private static void apply(
      ReasonWriter writer,
      PackedCodes packing,
      int size,
      DuckDBDataChunkReader chunk,
      DuckDBWritableVector out) {
    int rows = (int) chunk.rowCount();
    DuckDBReadableVector[] columns = new DuckDBReadableVector[packing.words()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = chunk.vector(c);
    }
    ReasonWriter.Row row = writer.row();
    long[] packed = new long[columns.length];
    int[] codes = new int[size];
    byte[][] texts = new byte[rows][];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < packed.length; c++) {
        packed[c] = columns[c].getLong(r, 0);
      }
      packing.unpack(packed, codes);
      texts[r] = row.reasons(codes);
    }
    out.setStringUtf8Batch(0, texts);
  }
}
