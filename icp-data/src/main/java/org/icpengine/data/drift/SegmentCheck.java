package org.icpengine.data.drift;

import java.nio.file.Path;
import java.util.Optional;
import org.icpengine.core.drift.SegmentFit;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.SegmentFlags;

/**
 * Judges whether a segment of accounts fits an ICP ({@code icp segment-check}): the file is read,
 * binned and scored by the ICP's model, its ideal flags come from the ICP's ideal definition, the
 * segment is marked by an expression in the ideal language, and {@link SegmentFit} compares the
 * score's lift, calibration and tier mix inside the segment with everywhere else.
 */
public final class SegmentCheck {
  private SegmentCheck() {}

  /**
   * Checks the segment.
   *
   * @param icp a folder holding icp.json, or the file
   * @throws InputException when the ICP or the file cannot be read, the file has no outcomes for
   *     the ideal definition, or the segment is invalid or holds every account
   */
  public static SegmentReport check(Path icp, Path file, String segment, DatasetOptions options) {
    SegmentFlags.check(segment);
    IcpFile model = IcpFile.read(icp);
    ModelSample sample =
        ModelSample.read(file, options, model.model(), model.ideal(), Optional.of(segment), false);
    if (sample.ideal().isEmpty()) {
      throw new InputException(
          "segment-check needs outcomes to judge the score on, and "
              + sample.name()
              + " has "
              + sample.outcomes()
              + ": give a file with the columns the ideal definition reads");
    }
    boolean[] inside = sample.inside().orElseThrow();
    long in = 0;
    for (boolean flag : inside) {
      in += flag ? 1 : 0;
    }
    if (in == inside.length) {
      throw new InputException(
          "the segment ("
              + segment.strip()
              + ") holds every account of "
              + sample.name()
              + ", so there is nothing to compare it with: narrow --segment or add other accounts");
    }
    SegmentFit fit =
        SegmentFit.judge(sample.part(true), sample.part(false), model.model().fit().factor());
    return new SegmentReport(
        segment.strip(), sample.name(), in, inside.length - in, sample.outcomes(), fit);
  }
}
