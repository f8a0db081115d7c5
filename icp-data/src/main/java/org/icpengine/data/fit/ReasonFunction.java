package org.icpengine.data.fit;

import java.nio.charset.StandardCharsets;
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
import org.icpengine.model.scoring.ScoreTable;
import org.icpengine.model.scoring.Side;

/**
 * A points table's reasons as an engine function written in Java: given a row's bin codes, one per
 * attribute of the table, it returns the words {@link AccountScorer} gives (base 50, the five
 * largest contributions, the sum of the rest, any cap) from the same {@link ScoreTable}, so the
 * engine and the single-account scorer cannot word a row differently.
 *
 * <p>Measured on the bench file (issue 19): the SQL it replaces — a list of structs per row, sorted
 * by {@code list_sort}, then turned into words with lambdas — was about 85 % of the score
 * statement's CPU time; the function reads the codes column by column, a vector at a time.
 */
final class ReasonFunction {
  private static final AtomicLong NAMES = new AtomicLong();

  private final String name;
  private final int arity;

  private ReasonFunction(String name, int arity) {
    this.name = name;
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
    ScoreTable scores = ScoreTable.ofCodes(table, sided);
    int size = table.attributes().size();
    boolean[] absent = new boolean[size];
    for (int i = 0; i < size; i++) {
      absent[i] = !present.contains(table.attributes().get(i).attribute().column());
    }
    String name = "icp_reasons_" + NAMES.incrementAndGet();
    if (size == 0) {
      return new ReasonFunction(name, 0);
    }
    DuckDBColumnType[] parameters = new DuckDBColumnType[size];
    Arrays.fill(parameters, DuckDBColumnType.INTEGER);
    try {
      DuckDBFunctions.scalarFunction()
          .withName(name)
          .withParameters(parameters)
          .withReturnType(DuckDBColumnType.VARCHAR)
          .withVectorizedFunction((chunk, out) -> apply(scores, absent, chunk, out))
          .register(engine.connection());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot register the reasons function: " + e, e);
    }
    return new ReasonFunction(name, size);
  }

  /** Returns the call over the code columns, one per attribute in table order. */
  String call(List<String> codes) {
    if (codes.size() != arity) {
      throw new IllegalStateException(name + " takes " + arity + " codes, not " + codes.size());
    }
    return arity == 0
        ? "'base 50; average on every attribute'"
        : name + "(" + String.join(", ", codes) + ")";
  }

  private static void apply(
      ScoreTable table, boolean[] absent, DuckDBDataChunkReader chunk, DuckDBWritableVector out) {
    int rows = (int) chunk.rowCount();
    DuckDBReadableVector[] columns = new DuckDBReadableVector[absent.length];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = chunk.vector(c);
    }
    int[] codes = new int[absent.length];
    byte[][] texts = new byte[rows][];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < codes.length; c++) {
        codes[c] = columns[c].getInt(r, 0);
      }
      String text =
          AccountScorer.reasonsBody(table, table.terms(codes, absent), table.sum(codes, absent));
      texts[r] = text.getBytes(StandardCharsets.UTF_8);
    }
    out.setStringUtf8Batch(0, texts);
  }
}
