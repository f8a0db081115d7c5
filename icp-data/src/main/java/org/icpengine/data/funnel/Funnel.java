package org.icpengine.data.funnel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.AssemblyOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.Linking;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceLinker;
import org.icpengine.data.sources.SourceRole;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.data.sources.SourcesOptions;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The funnel by ICP tier, computed in the engine from a company's linked exports and its ICP.
 *
 * <p>In order: the sources are linked as {@code icp assemble} links them ({@link SourceLinker});
 * every opportunity is scored with the ICP's model over its account's attributes and the engagement
 * of the touches dated before the opportunity was created ({@link OpportunityScores}); the groups,
 * stages, missed list, cohorts and forecast are grouped queries over the scored opportunities
 * ({@link FunnelFigures}); the account table's CAC and LTV give the tiers' acquisition economics
 * when the sources have spend. Nothing is written.
 */
public final class Funnel {
  private Funnel() {}

  /**
   * Builds the funnel from a {@code sources.yaml} and an ICP.
   *
   * @param icp a folder holding icp.json, or the file
   * @throws InputException in one line when the sources or the ICP cannot be used: no opportunities
   *     source, no stage column, no model
   */
  public static FunnelReport run(Path sourcesYaml, Path icp, FunnelOptions options) {
    return run(sourcesYaml, ModelFile.read(icp), options);
  }

  /**
   * Builds the funnel from a {@code sources.yaml} and a score model already read (derive's report).
   *
   * @throws InputException in one line when the sources cannot be used
   */
  public static FunnelReport run(Path sourcesYaml, ScoreModel model, FunnelOptions options) {
    options.segment().ifPresent(SegmentFilter::check);
    Sources sources = SourcesFile.read(sourcesYaml);
    refuseWithoutOpportunities(sources);
    List<Path> files = sources.used().stream().map(sources::path).toList();
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      Linking linking = new SourceLinker(engine).link(sources);
      SourcesOptions o = sources.options();
      return run(
          linking.linked(),
          model,
          options,
          new AssemblyOptions(o.asOf(), o.outcomeWindowMonths(), o.grossMargin()),
          Optional.of(new FunnelAccounts.Enrichable(sources, ReviewDecisions.nextTo(sourcesYaml))));
    }
  }

  /**
   * Builds the funnel from sources already linked in an engine (the server's datasets).
   *
   * @throws InputException in one line when there are no opportunities or they have no stage
   */
  public static FunnelReport run(LinkedSources linked, ScoreModel model, FunnelOptions options) {
    return run(linked, model, options, AssemblyOptions.defaults(), Optional.empty());
  }

  private static FunnelReport run(
      LinkedSources linked,
      ScoreModel model,
      FunnelOptions options,
      AssemblyOptions assembly,
      Optional<FunnelAccounts.Enrichable> enrichable) {
    var opportunities =
        linked
            .table(SourceKind.OPPORTUNITIES)
            .orElseThrow(
                () ->
                    new InputException(
                        "the sources have no opportunities: add the deals export to sources.yaml"
                            + " as 'kind: opportunities'"));
    if (!opportunities.has(SourceRole.STAGE)) {
      throw new InputException(
          "the opportunities have no stage column: name it in sources.yaml under 'columns:' as"
              + " 'stage: <column>'");
    }
    options.segment().ifPresent(SegmentFilter::check);
    FunnelAccounts accounts = FunnelAccounts.of(linked, assembly, enrichable);
    OpportunityScores scores =
        OpportunityScores.build(linked, model, accounts.relation(), accounts.attributes());
    if (options.segment().isPresent()) {
      String note = SegmentFilter.apply(linked, scores.table(), options.segment().get());
      scores = scores.withNote(note);
    }
    Optional<AssembledAccounts> assembled = accounts.assembled();
    Optional<String> withSpend =
        linked.table(SourceKind.SPEND).isPresent()
            ? assembled.map(AssembledAccounts::relation)
            : Optional.empty();
    return FunnelFigures.compute(linked, scores, options, withSpend, assembled);
  }

  /**
   * Checks a segment expression's grammar, before any file is read (the web page's field).
   *
   * @throws InputException in one line when it is not in the ideal language
   */
  public static void checkSegment(String expression) {
    SegmentFilter.check(expression);
  }

  /**
   * Returns whether a {@code sources.yaml} has opportunities with a stage, so that a funnel can be
   * built from it.
   *
   * @throws InputException when the file cannot be read
   */
  public static boolean applies(Path sourcesYaml) {
    Sources sources = SourcesFile.read(sourcesYaml);
    List<org.icpengine.data.sources.SourceEntry> deals =
        sources.used().stream()
            .filter(e -> e.kind().orElseThrow() == SourceKind.OPPORTUNITIES)
            .toList();
    return !deals.isEmpty() && deals.stream().allMatch(e -> e.column(SourceRole.STAGE).isPresent());
  }

  private static void refuseWithoutOpportunities(Sources sources) {
    boolean any =
        sources.used().stream().anyMatch(e -> e.kind().orElseThrow() == SourceKind.OPPORTUNITIES);
    if (!any) {
      throw new InputException(
          "the sources have no opportunities: add the deals export to sources.yaml as 'kind:"
              + " opportunities'");
    }
    boolean staged =
        sources.used().stream()
            .filter(e -> e.kind().orElseThrow() == SourceKind.OPPORTUNITIES)
            .allMatch(e -> e.column(SourceRole.STAGE).isPresent());
    if (!staged) {
      throw new InputException(
          "the opportunities have no stage column: name it in sources.yaml under 'columns:' as"
              + " 'stage: <column>'");
    }
  }
}
