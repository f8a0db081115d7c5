package org.icpengine.data.drift;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.drift.BinnedAttribute;
import org.icpengine.core.drift.DriftCheck;
import org.icpengine.core.drift.TraitShift;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.model.scoring.PointsTable;

/**
 * Checks whether an ICP's score model still describes the accounts it is used on: reads a reference
 * file (usually the one the ICP was derived from) and a current one, each in an engine of its own,
 * bins both on the model's own bins and scores them with the model, and hands the counts to {@link
 * DriftCheck}. Attributes the current file lacks are listed, not compared.
 */
public final class Drift {
  /** Seeds the permutation nulls, so a check is reproducible. */
  public static final long SEED = 42;

  private Drift() {}

  /**
   * Checks the drift.
   *
   * @param icp a folder holding icp.json, or the file
   * @throws InputException when the ICP or a file cannot be read, a file has none of the model's
   *     columns, or the reference has no scored row
   */
  public static DriftReport check(Path icp, Path reference, Path current, DatasetOptions options) {
    IcpFile file = IcpFile.read(icp);
    // the current file first: it is the one more likely to be wrong, and usually the smaller
    ModelSample after =
        ModelSample.read(current, options, file.model(), file.ideal(), Optional.empty(), true);
    ModelSample before =
        ModelSample.read(reference, options, file.model(), file.ideal(), Optional.empty(), true);
    if (before.scored().scored().length == 0) {
      throw new InputException(
          before.name()
              + " has no account the model can score: give the file the ICP was derived"
              + " from as --reference");
    }
    List<BinnedAttribute> attributes = new ArrayList<>();
    for (int a = 0; a < before.rows().attributes().size(); a++) {
      PointsTable.Scored scored = before.rows().attributes().get(a);
      int b = after.rows().attributes().indexOf(scored);
      if (b >= 0) {
        attributes.add(
            new BinnedAttribute(
                scored.attribute().name(),
                scored.labels(),
                counts(before.rows().codes()[a], scored.points().size()),
                counts(after.rows().codes()[b], scored.points().size())));
      }
    }
    DriftCheck check = DriftCheck.of(attributes, before.scored(), after.scored(), SEED);
    List<TraitShift> changes =
        before.traits().isPresent() && after.traits().isPresent()
            ? TraitShift.compare(before.traits().get(), after.traits().get())
            : List.of();
    return new DriftReport(summary(before), summary(after), after.rows().missing(), check, changes);
  }

  private static DriftReport.FileSummary summary(ModelSample sample) {
    return new DriftReport.FileSummary(
        sample.name(), sample.rows().scores().length, sample.outcomes());
  }

  private static long[] counts(int[] codes, int bins) {
    long[] counts = new long[bins];
    for (int code : codes) {
      counts[code]++;
    }
    return counts;
  }
}
