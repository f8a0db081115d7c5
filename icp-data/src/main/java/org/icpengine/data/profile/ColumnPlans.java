package org.icpengine.data.profile;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;

/**
 * Infers how to clean some columns of a raw table the way {@link Profiler} would, without profiling
 * the rest: for callers that clean only the columns they need, such as linked sources.
 */
public final class ColumnPlans {
  private ColumnPlans() {}

  /**
   * Returns the inferred cleaning plan of each column, in the order given, from an evenly spaced
   * sample of the raw table (the cleaning macros must be installed, as {@code Cleaner} does).
   */
  public static List<ColumnPlan> infer(Engine engine, String rawTable, List<String> columns) {
    if (columns.isEmpty()) {
      return List.of();
    }
    SampleEvidence sample =
        SampleEvidence.of(engine, rawTable, columns, rawTable + "_planned_sample");
    List<ColumnEvidence> evidence = sample.of(columns);
    List<ColumnPlan> plans = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      plans.add(TypeInference.infer(columns.get(i), evidence.get(i)));
    }
    engine.execute("DROP TABLE IF EXISTS " + sample.table());
    return plans;
  }
}
