package org.icpengine.server.dataset;

import java.io.IOException;
import java.nio.file.Path;
import org.icpengine.data.InputException;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Secrets;

/**
 * Runs a computation over a dataset's linked exports, unpacked into a scratch folder of the work
 * folder and deleted afterwards whatever happens; the funnel and the buyer personas run so. The
 * computation's bad-input refusal becomes a 422 whose message starts with what could not be done.
 */
public final class UnpackedExports {
  private UnpackedExports() {}

  /** A computation over the unpacked exports' {@code sources.yaml}. */
  @FunctionalInterface
  public interface Computation<T> {
    /** Computes the result from the sources file. */
    T apply(Path sourcesYaml) throws IOException;
  }

  /**
   * Unpacks the dataset's exports, runs the computation on them and deletes them.
   *
   * @param name what is computed, for the scratch folder's name ("funnel", "personas")
   * @param failure what could not be done, e.g. "the funnel cannot be computed"
   * @throws ServerException 409 when the dataset was not uploaded as a zip of exports, 422 when the
   *     computation refuses the exports ({@link InputException})
   */
  public static <T> T run(
      Datasets datasets,
      StoredDataset dataset,
      String name,
      String failure,
      Computation<T> computation)
      throws IOException {
    Path dir = datasets.workFolder().resolve(name + "-" + Secrets.random().substring(0, 16));
    try {
      return computation.apply(datasets.unpackExports(dataset, dir));
    } catch (InputException e) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE, failure + ": " + e.getMessage());
    } finally {
      Datasets.deleteFolder(dir);
    }
  }
}
