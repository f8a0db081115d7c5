package org.icpengine.data.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.clean.Cleaner;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;

/**
 * Turns a raw table into a cleaned view and a profile: infers each column's type and meaning from
 * its header and a sample, applies the user's mapping, cleans every row, and summarises.
 */
public final class Profiler {
  private final Engine engine;

  /** Creates a profiler working in the given engine. */
  public Profiler(Engine engine) {
    this.engine = engine;
  }

  /** The result of profiling: the cleaned view and the profile that describes it. */
  public record Result(CleanedTable cleaned, DatasetProfile profile) {}

  /** Profiles and cleans the loaded source into a view named {@code cleanView}. */
  public Result profile(LoadedSource source, Mapping mapping, String cleanView) {
    mapping.checkAgainst(source.columns());
    Cleaner cleaner = new Cleaner(engine);
    SampleEvidence sample = SampleEvidence.of(engine, source.table(), source.columns());
    List<ColumnEvidence> evidence = new ArrayList<>();
    List<ColumnPlan> plans = new ArrayList<>();
    List<ColumnMeaning> meanings = new ArrayList<>();
    List<ColumnEvidence> sampled = sample.of(source.columns());
    for (int i = 0; i < source.columns().size(); i++) {
      String column = source.columns().get(i);
      ColumnEvidence columnEvidence = sampled.get(i);
      ColumnPlan inferred = TypeInference.infer(column, columnEvidence);
      ColumnMeaning meaning =
          inferred.stage()
              ? ColumnMeaning.outcome(OutcomeKind.WON, ValueType.BOOLEAN)
              : Meanings.infer(column, inferred.type());
      Optional<ColumnOverride> override = mapping.forColumn(column);
      if (override.isPresent()) {
        meaning = override.get().applyTo(meaning);
      }
      evidence.add(columnEvidence);
      plans.add(plan(column, meaning.type(), inferred, columnEvidence));
      meanings.add(meaning);
    }
    CleanedTable cleaned = cleaner.clean(source.table(), plans, cleanView);
    List<ColumnStatistics.Figures> figures =
        new ColumnStatistics(engine, cleanView).of(plans, evidence);
    Map<String, String> dateEvidence = DateLeakage.find(engine, cleanView, plans);
    List<ColumnProfile> columns = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      ColumnPlan plan = plans.get(i);
      Optional<ColumnOverride> override = mapping.forColumn(plan.name());
      Optional<String> leakage =
          ColumnReading.leakage(plan.name(), meanings.get(i), override, dateEvidence);
      Optional<String> stage =
          plan.stage()
              ? Optional.of(
                  StageOutcome.note(engine, source.table(), cleaned.changesTable(), plan.name()))
              : Optional.empty();
      columns.add(
          Warnings.profile(
              plan.name(),
              meanings.get(i).withLeaky(leakage.isPresent()),
              override.isPresent(),
              source.rows(),
              figures.get(i),
              cleaned.columns().get(i),
              ColumnReading.notes(plan, meanings.get(i), stage),
              leakage));
    }
    engine.execute("DROP TABLE IF EXISTS " + sample.table());
    return new Result(cleaned, new DatasetProfile(source, columns));
  }

  /** Keeps the inferred plan unless the meaning's type differs, e.g. after a mapping. */
  private static ColumnPlan plan(
      String column, ValueType type, ColumnPlan inferred, ColumnEvidence evidence) {
    if (type == inferred.type()) {
      return inferred;
    }
    if (type == ValueType.DATE && evidence.bestDateFormat().isPresent()) {
      return new ColumnPlan(column, type, List.of(evidence.bestDateFormat().get()), null);
    }
    return ColumnPlan.of(column, type);
  }
}
