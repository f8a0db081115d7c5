package org.icpengine.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.IdealPreset;
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
      names = "--ideal-preset",
      paramLabel = "OUTCOMES",
      description =
          "Ideal accounts picked from outcomes instead of SQL, all of which must hold: won,"
              + " not-churned, ltv-top=N%%, nrr>=X, ltv-cac>=X, separated by commas, e.g."
              + " \"ltv-top=25%%,not-churned\" (docs/cli.md); not with --ideal")
  String preset;

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
    if (preset != null && ideal != null) {
      throw new InputException(
          "--ideal and --ideal-preset both define the ideal accounts: give one of them");
    }
    if (preset != null) {
      IdealPreset.parse(preset);
    }
    if (ideal != null && !ideal.isBlank()) {
      IdealExpression.parse(ideal.strip());
    }
    return Optional.ofNullable(ideal);
  }

  /**
   * Returns the ideal expression for the dataset: {@code --ideal}, or {@code --ideal-preset}
   * written over the file's outcome columns, or empty for the default.
   *
   * @throws InputException when the options are invalid or the file lacks a column the preset needs
   */
  public Optional<String> ideal(Dataset dataset) {
    Optional<String> given = ideal();
    return preset == null ? given : Optional.of(IdealPreset.parse(preset).expression(dataset));
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
