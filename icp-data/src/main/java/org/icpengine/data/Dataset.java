package org.icpengine.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.data.profile.DatasetProfile;
import org.icpengine.data.profile.Profiler;
import org.icpengine.data.source.RowProblem;
import org.icpengine.data.source.SourceReader;

/**
 * A customer file read, cleaned and profiled inside an engine: the starting point of every command.
 * The raw text stays in table {@link #RAW}; the cleaned values are in view {@link #CLEAN}, one
 * column per file column under the file's own names.
 */
public final class Dataset {
  /** The engine table holding the file's values as text. */
  public static final String RAW = "raw";

  /** The engine view holding the cleaned values. */
  public static final String CLEAN = "clean";

  private final Engine engine;
  private final DatasetProfile profile;
  private final Optional<OpenRows> open;

  private Dataset(Engine engine, DatasetProfile profile, Optional<OpenRows> open) {
    this.engine = engine;
    this.profile = profile;
    this.open = open;
  }

  /**
   * Reads, cleans and profiles a file.
   *
   * @throws InputException when the file cannot be used, or in strict mode has a bad row
   */
  public static Dataset open(Engine engine, Path file, DatasetOptions options) {
    options.progress().step(1, 3, "reading " + file.getFileName());
    var source = new SourceReader(engine).read(file, options.read(), RAW);
    options
        .progress()
        .step(2, 3, String.format(java.util.Locale.ROOT, "cleaning %,d rows", source.rows()));
    Profiler.Result result = new Profiler(engine).profile(source, options.mapping(), CLEAN);
    options.progress().step(3, 3, "done");
    Optional<OpenRows> open = OpenRows.of(result.profile());
    open.ifPresent(o -> o.leaveOut(engine, RAW, result.cleaned()));
    Dataset dataset = new Dataset(engine, result.profile(), open);
    if (options.read().strict()) {
      dataset.failOnFirstProblem();
    }
    return dataset;
  }

  private void failOnFirstProblem() {
    List<RowProblem> problems = profile.rowProblems();
    if (!problems.isEmpty()) {
      RowProblem first =
          problems.stream().min(java.util.Comparator.comparingLong(RowProblem::line)).orElseThrow();
      throw new InputException(
          profile.source().file().getFileName()
              + " "
              + first.describe()
              + ", value '"
              + first.rawValue()
              + "' (--strict): fix the value, or drop --strict to report and"
              + " go on");
    }
  }

  /** Returns the engine holding the data. */
  public Engine engine() {
    return engine;
  }

  /** Returns the profile. */
  public DatasetProfile profile() {
    return profile;
  }

  /** Returns the column names in file order. */
  public List<String> columns() {
    return profile.source().columns();
  }

  /** Returns the profile of a column, if the file has it. */
  public Optional<ColumnProfile> column(String name) {
    return profile.column(name);
  }

  /** Returns the profiles of the columns with the given role. */
  public List<ColumnProfile> columnsWithRole(ColumnRole role) {
    return profile.columns().stream().filter(c -> c.meaning().role() == role).toList();
  }

  /**
   * Returns the number of rows the commands model: every row of the file, less the open deals when
   * the outcome is a pipeline stage.
   */
  public long rows() {
    return profile.source().rows() - open.map(OpenRows::rows).orElse(0L);
  }

  /** Returns the open deals left out of the modelled rows, when the outcome is a stage. */
  public Optional<OpenRows> openRows() {
    return open;
  }
}
