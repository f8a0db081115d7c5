package org.icpengine.data.personas;

import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;

/**
 * A file's job titles turned into roles inside the engine: the file is read as text, each distinct
 * title is classified once in Java by {@link Titles} and appended to a lookup table, and the rows
 * are joined to it in the engine — so a million rows cost one pass plus one classification per
 * distinct title. Rows keep their input order.
 */
public final class TitleFile {
  /** The column written with each row's function. */
  public static final String FUNCTION_COLUMN = "title_function";

  /** The column written with each row's seniority. */
  public static final String SENIORITY_COLUMN = "title_seniority";

  private static final String RAW = "titles_raw";
  private static final String ROLES = "title_roles";
  private static final String COUNTS = "title_counts";
  private static final int EXAMPLES = 10;

  /** What a row's title says, in input order. */
  @FunctionalInterface
  public interface RowConsumer {
    /** Takes one row's title (null when the cell is empty) and its role. */
    void accept(String title, TitleRole role);
  }

  private final Engine engine;
  private final Titles titles;
  private LoadedSource source;
  private String column;

  /** Creates a file pass in the engine with the given classifier. */
  public TitleFile(Engine engine, Titles titles) {
    this.engine = engine;
    this.titles = titles;
  }

  /**
   * Reads the file, finds its title column and classifies every distinct title.
   *
   * @param requested the title column the user named, if any
   * @throws InputException when the file cannot be read or has no such column
   */
  public TitleSummary classify(Path input, ReadOptions read, Optional<String> requested) {
    source = new SourceReader(engine).read(input, read, RAW);
    column = TitleColumn.find(source.columns(), requested, input.getFileName().toString());
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + ROLES
            + " (title VARCHAR, function VARCHAR, seniority VARCHAR, recognised BOOLEAN)");
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + COUNTS
            + " AS SELECT coalesce("
            + quote(column)
            + ", '') AS title, count(*) AS n FROM "
            + RAW
            + " GROUP BY ALL");
    appendRoles();
    return TitleSummary.of(
        engine, source, column, COUNTS + " c JOIN " + ROLES + " t USING (title)", EXAMPLES);
  }

  /**
   * Writes the file's rows with {@value #FUNCTION_COLUMN} and {@value #SENIORITY_COLUMN} added
   * (replacing columns of those names): Parquet for a {@code .parquet} target, else CSV; whole or
   * not at all.
   *
   * @throws InputException when the target cannot be written
   */
  public void write(Path target) {
    loaded();
    boolean parquet = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    List<String> kept =
        source.columns().stream()
            .filter(
                c -> !c.equalsIgnoreCase(FUNCTION_COLUMN) && !c.equalsIgnoreCase(SENIORITY_COLUMN))
            .toList();
    StringBuilder select = new StringBuilder("SELECT ");
    kept.forEach(c -> select.append("r.").append(quote(c)).append(", "));
    select
        .append("t.function AS ")
        .append(FUNCTION_COLUMN)
        .append(", t.seniority AS ")
        .append(SENIORITY_COLUMN)
        .append(" FROM ")
        .append(joined())
        .append(" ORDER BY r.rowid");
    try {
      AtomicFiles.writeAt(
          target,
          file ->
              engine.copy(
                  select.toString(),
                  parquet ? "(FORMAT parquet)" : "(FORMAT csv, HEADER true)",
                  file));
    } catch (IOException e) {
      throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Streams every row's title and role to the consumer, in input order. */
  public void rows(RowConsumer consumer) {
    loaded();
    engine.query(
        "SELECT r."
            + quote(column)
            + ", t.function, t.seniority FROM "
            + joined()
            + " ORDER BY r.rowid",
        r -> {
          consumer.accept(
              r.getString(1),
              new TitleRole(
                  r.getString(2), Seniority.valueOf(r.getString(3).toUpperCase(Locale.ROOT))));
          return null;
        });
  }

  /** Returns the name of the column the titles were read from. */
  public String column() {
    loaded();
    return column;
  }

  private String joined() {
    return RAW + " r LEFT JOIN " + ROLES + " t ON coalesce(r." + quote(column) + ", '') = t.title";
  }

  private void appendRoles() {
    List<String> distinct = engine.query("SELECT title FROM " + COUNTS, r -> r.getString(1));
    try (DuckDBAppender appender =
        engine
            .connection()
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, ROLES)) {
      for (String title : distinct) {
        TitleRole role = titles.classify(title);
        appender.beginRow();
        appender.append(title);
        appender.append(role.function());
        appender.append(role.seniority().key());
        appender.append(role.recognised());
        appender.endRow();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add the titles' roles to the engine", e);
    }
  }

  private void loaded() {
    if (source == null) {
      throw new IllegalStateException("classify the file first");
    }
  }
}
