package org.icpengine.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.ideal.IdealExpression;
import org.icpengine.data.profile.ColumnNames;
import picocli.CommandLine.Option;

/**
 * The options of commands that learn from outcomes, derive and evaluate: which accounts are ideal
 * and which columns may not be used.
 */
public final class OutcomeOptions {
  @Option(
      names = "--ideal",
      paramLabel = "EXPR",
      description =
          "SQL boolean expression that marks ideal accounts: column names, literals, operators,"
              + " CASE, CAST and the functions listed in docs/cohorts.md (default: see icp"
              + " cohorts --help)")
  String ideal;

  @Option(
      names = "--exclude",
      paramLabel = "COL",
      split = ",",
      splitSynopsisLabel = ",",
      description = "Columns never used as traits or by the score")
  List<String> exclude = List.of();

  @Option(
      names = "--include-leaky",
      paramLabel = "COL",
      split = ",",
      splitSynopsisLabel = ",",
      description = "Likely-leaky columns to use all the same")
  List<String> includeLeaky = List.of();

  /**
   * Returns the ideal expression, if given, checked against the ideal language before any file is
   * read.
   *
   * @throws InputException when the expression is not allowed or malformed
   */
  public Optional<String> ideal() {
    if (ideal != null && !ideal.isBlank()) {
      IdealExpression.parse(ideal.strip());
    }
    return Optional.ofNullable(ideal);
  }

  /** Returns the excluded columns. */
  public Set<String> excluded() {
    return Set.copyOf(exclude);
  }

  /** Returns the likely-leaky columns to use all the same. */
  public Set<String> reincluded() {
    return Set.copyOf(includeLeaky);
  }

  /**
   * Checks that every named column is in the dataset.
   *
   * @throws InputException naming the first unknown column, with a suggestion
   */
  public void check(Dataset dataset) {
    for (String column : exclude) {
      require(dataset, column, "--exclude");
    }
    for (String column : includeLeaky) {
      require(dataset, column, "--include-leaky");
    }
  }

  private static void require(Dataset dataset, String column, String option) {
    if (dataset.column(column).isEmpty()) {
      throw new InputException(
          option
              + " names column '"
              + column
              + "', which the file does not have"
              + ColumnNames.suggestion(column, dataset.columns())
              + ": run icp profile FILE to see the columns");
    }
  }
}
