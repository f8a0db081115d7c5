package org.icpengine.server.job;

import java.time.Duration;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.IdealCount;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.IdealPreset;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.workspace.Workspace;

/**
 * The ideal builder's check: a definition (picked outcomes, an expression, or neither for the
 * default) counted over a stored dataset in one of the server's engine slots, as a derive would
 * read it. The outcomes become an expression through {@link IdealPreset}, and any expression is
 * parsed and checked by the ideal language before the engine sees it; the user's text never reaches
 * SQL.
 */
public final class IdealChecks {
  /** How long a count waits for a free engine before saying the server is busy. */
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Datasets datasets;
  private final Engines engines;

  /** Counts over the datasets' files with the engines. */
  public IdealChecks(Datasets datasets, Engines engines) {
    this.datasets = datasets;
    this.engines = engines;
  }

  /**
   * Counts the definition: the expression when it is not blank, else the outcomes when given (in
   * {@link IdealPreset}'s syntax), else the default.
   *
   * @throws ServerException 422 saying in words what is wrong with the definition, 404 for an
   *     unknown dataset, 503 when every engine is busy
   */
  public IdealCheck check(Workspace workspace, long datasetId, String outcomes, String expression)
      throws Exception {
    StoredDataset stored = datasets.get(workspace, datasetId);
    try {
      return engines.run(
          engine ->
              count(Derive.open(engine, datasets, stored, (i, n) -> {}), outcomes, expression),
          WAIT);
    } catch (InputException e) {
      throw new ServerException(ServerException.Kind.UNPROCESSABLE, words(e.getMessage()));
    }
  }

  private static IdealCheck count(Dataset dataset, String outcomes, String expression) {
    String text = expression == null ? "" : expression.strip();
    if (text.isEmpty() && outcomes != null && !outcomes.isBlank()) {
      text = IdealPreset.parse(outcomes).expression(dataset);
    }
    if (!text.isEmpty()) {
      IdealCount count = Ideals.count(dataset, text);
      return new IdealCheck(
          count.expression(),
          "accounts where " + count.expression(),
          count.idealRows(),
          count.rows(),
          count.problem());
    }
    IdealDefinition definition = Ideals.evaluate(dataset, Optional.empty());
    return new IdealCheck(
        "", definition.description(), definition.idealRows(), definition.rows(), "");
  }

  /** The data module's messages name the command's options; here they name the form's fields. */
  static String words(String message) {
    return message
        .replace(
            "map one (icp profile --write-mapping) or write the definition with --ideal",
            "mark one as an outcome in the profile, or write the definition yourself")
        .replace("invalid --ideal-preset: ", "the outcomes are not valid: ")
        .replace("--ideal-preset: ", "")
        .replace("invalid --ideal: ", "the definition is not valid: ")
        .replace("; give one with --ideal,", "; write one,")
        .replace(" with --ideal", "");
  }
}
