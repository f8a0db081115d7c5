package org.icpengine.server.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.report.ReportData;
import org.icpengine.data.report.ReportHtml;
import org.icpengine.server.dataset.ColumnFixes;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.scoring.ScoreDistribution;

/**
 * One derive's work on an engine: reading and cleaning the dataset (three steps), deriving (four)
 * and scoring the dataset's accounts (the eighth), each step told before it starts.
 */
final class Derive {
  private static final int READ_STEPS = 3;

  /** Told each step's number (from 1) and name as it starts; may throw to stop the derive. */
  @FunctionalInterface
  interface Steps {
    void start(int step, String name);
  }

  /** What a derive made: the ICP, its scores' distribution over the dataset, its report.html. */
  record Derived(ObjectNode icp, ScoreDistribution distribution, String report) {}

  private Derive() {}

  static Derived run(
      Engine engine,
      Datasets datasets,
      StoredDataset stored,
      DeriveRequest request,
      Clock clock,
      Steps steps)
      throws Exception {
    steps.start(1, "reading " + stored.name());
    Dataset dataset = open(engine, datasets, stored, steps);
    IcpDefinition definition =
        Derivation.derive(
            dataset,
            datasets.file(stored),
            request.options(),
            clock,
            (index, total, name) -> steps.start(READ_STEPS + index, name));
    ObjectNode json = IcpJson.of(definition);
    String report =
        ReportHtml.of(definition, dataset.profile(), ReportData.of(dataset, definition));
    steps.start(DeriveJobs.STEPS, "scoring the dataset's accounts");
    ScoreDistribution distribution =
        ScoreDistribution.of(
            engine, Dataset.RAW, dataset.columns(), ModelFile.of(json, "the derived ICP"));
    return new Derived(json, distribution, report);
  }

  /** Opens the stored dataset with the column fixes its profile page recorded. */
  static Dataset open(Engine engine, Datasets datasets, StoredDataset stored, Steps steps) {
    return Dataset.open(
        engine,
        datasets.file(stored),
        new DatasetOptions(
            org.icpengine.data.source.ReadOptions.defaults(),
            ColumnFixes.mapping(datasets.mapping(stored)),
            (index, total, name) -> steps.start(index, name)));
  }
}
