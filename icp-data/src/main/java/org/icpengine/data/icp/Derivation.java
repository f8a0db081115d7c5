package org.icpengine.data.icp;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.discovery.Bits;
import org.icpengine.core.discovery.Direction;
import org.icpengine.core.discovery.Discovery;
import org.icpengine.core.discovery.DiscoveryOptions;
import org.icpengine.core.discovery.DiscoveryResult;
import org.icpengine.core.discovery.Finding;
import org.icpengine.core.discovery.Selector;
import org.icpengine.core.discovery.Target;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.data.traits.Selectors;
import org.icpengine.data.traits.TraitColumns;
import org.icpengine.data.traits.TraitDiscovery;
import org.icpengine.model.document.IcpContents;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * Derives an ICP from a dataset: evaluates the ideal definition, chooses the attribute columns,
 * discovers single traits (depth 1) and trait combinations (up to the maximum depth), and measures
 * each trait's economics and the ICP's coverage.
 */
public final class Derivation {
  /** The fewest ideal accounts discovery can learn from: ten on each half. */
  public static final long MIN_IDEAL = 20;

  private static final int STEPS = 5;

  /** Below this share of ideal accounts covered, the ICP is called too narrow. */
  static final double NARROW = 0.2;

  /** A negative trait becomes a hard disqualifier when its lift is at most this... */
  static final double DISQUALIFYING_LIFT = 0.2;

  /** ...and the upper bound of its lift's interval at most this. */
  static final double DISQUALIFYING_BOUND = 0.5;

  private Derivation() {}

  /**
   * Derives the ICP.
   *
   * @throws InputException when too few accounts are ideal or no attribute is left
   */
  public static IcpDefinition derive(
      Dataset dataset, Path file, DeriveOptions options, Clock clock) {
    return derive(dataset, file, options, clock, DatasetOptions.Progress.none());
  }

  /**
   * Derives the ICP, telling the listener of its four steps.
   *
   * @throws InputException when too few accounts are ideal or no attribute is left
   */
  public static IcpDefinition derive(
      Dataset dataset,
      Path file,
      DeriveOptions options,
      Clock clock,
      DatasetOptions.Progress progress) {
    progress.step(1, STEPS, "evaluating the ideal definition");
    Start start = start(dataset, options);
    progress.step(2, STEPS, "discovering traits in " + start.selectors().size() + " selectors");
    DiscoveryResult single =
        Discovery.discover(start.selectors(), start.target(), discovery(options, 1));
    DiscoveryResult combined =
        options.maxDepth() == 1
            ? single
            : Discovery.discover(
                start.selectors(), start.target(), discovery(options, options.maxDepth()));
    Bits idealRows = start.idealRows();
    TraitEconomics economics = new TraitEconomics(dataset, idealRows);
    List<IcpContents.Trait> traits = traits(single, economics, idealRows);
    IdealDefinition ideal = start.ideal();
    TraitColumns.Choice choice = start.choice();
    List<Selector> selectors = start.selectors();
    List<IcpContents.Segment> segments = new ArrayList<>();
    combined.published().stream()
        .filter(f -> f.segment().depth() > 1)
        .forEach(f -> segments.add(Traits.segment(f, idealRows)));
    progress.step(3, STEPS, "discovering what drives LTV, NRR and CAC");
    List<IcpContents.Outcome> outcomeFindings =
        outcomes(dataset, selectors, economics, discovery(options, options.maxDepth()));
    progress.step(4, STEPS, "measuring coverage");
    IcpContents.Coverage coverage = coverage(combined.positives(), single.positives(), idealRows);
    List<String> notes = notes(single, coverage);
    dataset.openRows().ifPresent(o -> notes.add(sentence(o.describe())));
    notes.addAll(CircularIdeal.warnings(dataset, ideal, choice.used()));
    progress.step(5, STEPS, "training and judging the fit score");
    FitTraining.Result fit = fit(dataset, start, traits, options);
    return new IcpDefinition(
        provenance(dataset, file, options, clock),
        ideal,
        choice.used().stream()
            .map(
                c ->
                    new IcpContents.Column(
                        c.name(),
                        c.meaning().category().map(Object::toString).orElse(""),
                        c.meaning().type().key()))
            .toList(),
        choice.excluded(),
        traits,
        segments,
        outcomeFindings,
        coverage,
        Summaries.of(traits, segments),
        notes,
        fit);
  }

  /** The ideal definition and the fit score trained and judged on it. */
  public record Judged(IdealDefinition ideal, FitTraining.Result fit) {}

  /**
   * Trains and judges the fit score exactly as {@link #derive} does: the same ideal definition,
   * attribute columns, single traits and the hard disqualifiers drawn from them, the same seed and
   * held-out split, so {@code icp evaluate}'s tier table is the report's. Skips what the fit score
   * does not need (trait combinations, outcome findings, coverage).
   *
   * @throws InputException when too few accounts are ideal or no attribute is left
   */
  public static Judged evaluate(
      Dataset dataset, DeriveOptions options, DatasetOptions.Progress progress) {
    progress.step(1, 3, "evaluating the ideal definition");
    Start start = start(dataset, options);
    progress.step(2, 3, "discovering the disqualifying traits");
    DiscoveryResult single =
        Discovery.discover(start.selectors(), start.target(), discovery(options, 1));
    List<IcpContents.Trait> traits =
        traits(single, new TraitEconomics(dataset, start.idealRows()), start.idealRows());
    progress.step(3, 3, "training and judging the fit score and the baseline");
    return new Judged(start.ideal(), fit(dataset, start, traits, options));
  }

  /** What every derivation starts from: the ideal rows, the columns and their selectors. */
  private record Start(
      IdealDefinition ideal,
      TraitColumns.Choice choice,
      List<Selector> selectors,
      Bits idealRows,
      Target target) {}

  private static Start start(Dataset dataset, DeriveOptions options) {
    IdealDefinition ideal = Ideals.evaluate(dataset, options.ideal());
    if (ideal.idealRows() < MIN_IDEAL) {
      throw new InputException(
          "only "
              + ideal.idealRows()
              + " accounts are ideal; at least "
              + MIN_IDEAL
              + " are needed to learn from: loosen --ideal or add customers");
    }
    TraitColumns.Choice choice =
        TraitColumns.choose(dataset, ideal, options.excluded(), options.reincluded());
    List<Selector> selectors = Selectors.build(dataset, choice.used());
    if (selectors.isEmpty()) {
      throw new InputException(
          "no attribute is left to find traits in (all are outcomes,"
              + " identifiers, excluded or leaky): check --exclude or the mapping file");
    }
    Bits idealRows = TraitDiscovery.idealRows(dataset);
    return new Start(ideal, choice, selectors, idealRows, Target.binary(idealRows));
  }

  private static List<IcpContents.Trait> traits(
      DiscoveryResult single, TraitEconomics economics, Bits idealRows) {
    List<IcpContents.Trait> traits = new ArrayList<>();
    single.published().forEach(f -> traits.add(Traits.of(f, economics, idealRows)));
    return traits;
  }

  /** The one place the fit score is trained: with the disqualifiers of the single traits. */
  private static FitTraining.Result fit(
      Dataset dataset, Start start, List<IcpContents.Trait> traits, DeriveOptions options) {
    FitTraining.Result fit =
        FitTraining.train(dataset, start.choice().used(), disqualifiers(traits), options.fit());
    return fit.withBase(trainingBase(dataset, start.ideal()));
  }

  /**
   * What the model's rows were: won against lost (contacted accounts) when the ideal definition
   * reads the won/converted column, else the file's accounts.
   */
  static TrainingSupport.Base trainingBase(Dataset dataset, IdealDefinition ideal) {
    boolean wonVsLost =
        ideal.columnsRead().stream()
            .map(dataset::column)
            .flatMap(Optional::stream)
            .anyMatch(c -> c.meaning().isOutcome(OutcomeKind.WON));
    return wonVsLost ? TrainingSupport.Base.WON_VS_LOST : TrainingSupport.Base.ACCOUNTS;
  }

  /**
   * The strong disqualifying traits as hard rules: a category level or set item whose lift is at
   * most {@value #DISQUALIFYING_LIFT} with an upper bound at most {@value #DISQUALIFYING_BOUND},
   * i.e. such accounts are ideal at a fifth of the average rate, and surely under half.
   */
  static List<Disqualifier> disqualifiers(List<IcpContents.Trait> traits) {
    List<Disqualifier> rules = new ArrayList<>();
    for (IcpContents.Trait trait : traits) {
      if (!"negative".equals(trait.direction())
          || !(trait.lift().value() <= DISQUALIFYING_LIFT)
          || !(trait.lift().high() <= DISQUALIFYING_BOUND)) {
        continue;
      }
      for (String verb : List.of(" is ", " has ")) {
        String prefix = trait.attribute() + verb;
        if (trait.condition().startsWith(prefix)) {
          String value = trait.condition().substring(prefix.length());
          if (!value.equals("another value")) {
            rules.add(new Disqualifier(trait.attribute(), value, trait.condition()));
          }
        }
      }
    }
    return rules;
  }

  /**
   * Discovers what drives each numeric outcome: higher LTV and NRR, lower CAC. The three searches
   * are independent and each runs on one thread, so they run side by side (a discovery depends only
   * on its data, options and seed, so the findings are the same in any order of running); the
   * findings keep the order LTV, NRR, CAC.
   */
  private static List<IcpContents.Outcome> outcomes(
      Dataset dataset,
      List<Selector> selectors,
      TraitEconomics economics,
      DiscoveryOptions options) {
    Map<OutcomeKind, String> columns = Cohorts.outcomes(dataset);
    return List.of(OutcomeKind.LTV, OutcomeKind.NRR, OutcomeKind.CAC).parallelStream()
        .filter(kind -> economics.outcome(kind) != null && columns.containsKey(kind))
        .flatMap(kind -> outcome(kind, columns.get(kind), selectors, economics, options).stream())
        .toList();
  }

  private static List<IcpContents.Outcome> outcome(
      OutcomeKind kind,
      String column,
      List<Selector> selectors,
      TraitEconomics economics,
      DiscoveryOptions options) {
    Target target = Target.numeric(economics.outcome(kind), kind != OutcomeKind.CAC);
    List<IcpContents.Outcome> findings = new ArrayList<>();
    for (Finding finding : Discovery.discover(selectors, target, options).published()) {
      findings.add(
          new IcpContents.Outcome(
              column,
              finding.segment().selectors().stream().map(Selector::condition).toList(),
              finding.direction() == Direction.POSITIVE ? "positive" : "negative",
              finding.effect(),
              finding.qValue(),
              Traits.rows(finding).cardinality()));
    }
    return findings;
  }

  private static DiscoveryOptions discovery(DeriveOptions options, int depth) {
    return DiscoveryOptions.builder().maxDepth(depth).seed(options.seed()).build();
  }

  private static IcpContents.Coverage coverage(
      List<Finding> segments, List<Finding> traits, Bits ideal) {
    Bits matched = Bits.empty(ideal.size());
    for (Finding finding : segments.isEmpty() ? traits : segments) {
      matched = matched.or(Traits.rows(finding));
    }
    double idealShare =
        ideal.cardinality() == 0 ? 0 : (double) matched.andCardinality(ideal) / ideal.cardinality();
    return new IcpContents.Coverage(idealShare, (double) matched.cardinality() / ideal.size());
  }

  private static List<String> notes(DiscoveryResult single, IcpContents.Coverage coverage) {
    List<String> notes = new ArrayList<>();
    if (single.smallSample()) {
      notes.add(
          "Fewer than "
              + Discovery.SMALL_SAMPLE_ROWS
              + " accounts: segments have at most"
              + " two traits and lifts are shrunk toward 1, so read them as indications.");
    }
    if (coverage.idealShare() < NARROW) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "The ICP covers only %.0f%% of ideal"
                  + " accounts: it is narrow; consider a broader ideal definition.",
              100 * coverage.idealShare()));
    }
    return notes;
  }

  private static String sentence(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  private static IcpContents.Provenance provenance(
      Dataset dataset, Path file, DeriveOptions options, Clock clock) {
    Map<String, Object> used = new LinkedHashMap<>();
    used.put("ideal", options.ideal().orElse(""));
    used.put("exclude", List.copyOf(options.excluded()));
    used.put("include_leaky", List.copyOf(options.reincluded()));
    used.put("max_depth", options.maxDepth());
    used.put("holdout", options.fit().holdoutShare());
    used.put("engagement_in_fit", options.fit().engagementInFit());
    String version = Derivation.class.getPackage().getImplementationVersion();
    return new IcpContents.Provenance(
        file.getFileName().toString(),
        FileHashes.sha256(file),
        dataset.rows(),
        used,
        options.seed(),
        dataset.engine().version(),
        version == null ? "development" : version,
        clock.instant().toString());
  }
}
