package org.icpengine.model.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.stats.Figure;
import org.icpengine.model.scoring.ScoreModel;

/**
 * A whole icp.json document as typed records, part by part in the order it is written
 * (docs/icp-json.md). {@link IcpContentsJson} writes it and {@link IcpDocument} reads it back: the
 * same records in, the same bytes out.
 *
 * @param formatVersion the icp.json format version
 * @param provenance where the ICP came from
 * @param ideal the ideal definition it was derived for
 * @param attributes the attribute columns discovery used
 * @param excluded the columns left out of discovery, with the reason
 * @param traits the single-attribute traits, positive first, strongest first
 * @param segments the trait combinations, positive first
 * @param outcomeSegments the segments that drive a numeric outcome (LTV, NRR, CAC)
 * @param coverage how much of the base the positive segments match
 * @param summary the ICP in one paragraph
 * @param notes what the reader should know
 * @param verdict whether the ICP is fit for use; empty in files written before it was recorded
 * @param fitModel the fit model {@code icp score} reads
 * @param evaluation how the fit score did on held-out accounts
 */
public record IcpContents(
    int formatVersion,
    Provenance provenance,
    Ideal ideal,
    List<Column> attributes,
    List<Excluded> excluded,
    List<Trait> traits,
    List<Segment> segments,
    List<Outcome> outcomeSegments,
    Coverage coverage,
    String summary,
    List<String> notes,
    Optional<Verdict> verdict,
    ScoreModel fitModel,
    HeldOutEvaluation evaluation) {

  /** Copies the lists. */
  public IcpContents {
    attributes = List.copyOf(attributes);
    excluded = List.copyOf(excluded);
    traits = List.copyOf(traits);
    segments = List.copyOf(segments);
    outcomeSegments = List.copyOf(outcomeSegments);
    notes = List.copyOf(notes);
  }

  /**
   * Where an ICP came from, so that it can be reproduced and audited.
   *
   * @param inputFile the input file's name
   * @param inputSha256 the SHA-256 of the input file's bytes, in hex
   * @param rows the number of rows read
   * @param options the options the derivation ran with, in the order given (JSON values: text,
   *     numbers, booleans, lists)
   * @param seed the random seed of the discovery/confirmation split
   * @param engineVersion the embedded analytics engine's version
   * @param icpEngineVersion ICP Engine's version
   * @param createdAt when the ICP was derived, ISO-8601 UTC as written
   */
  public record Provenance(
      String inputFile,
      String inputSha256,
      long rows,
      Map<String, Object> options,
      long seed,
      String engineVersion,
      String icpEngineVersion,
      String createdAt) {
    /** Copies the options, keeping their order. */
    public Provenance {
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
  }

  /**
   * The ideal definition: which accounts count as ideal customers.
   *
   * @param expression the SQL condition, empty for the default
   * @param description the definition in words
   * @param isDefault whether it is the default definition
   * @param columnsRead the columns the expression reads
   * @param idealRows the ideal accounts
   * @param rows all accounts
   */
  public record Ideal(
      String expression,
      String description,
      boolean isDefault,
      List<String> columnsRead,
      long idealRows,
      long rows) {
    /** Copies the list. */
    public Ideal {
      columnsRead = List.copyOf(columnsRead);
    }

    /** Returns the share of ideal accounts, 0 without rows. */
    public double idealRate() {
      return rows == 0 ? 0 : (double) idealRows / rows;
    }
  }

  /** An attribute column discovery used: its name, trait category and cleaning type. */
  public record Column(String column, String category, String type) {}

  /** A column left out of discovery, and why. */
  public record Excluded(String column, String reason) {}

  /**
   * One trait: a condition on one attribute that marks ideal customers (positive) or makes an
   * account unlikely to be ideal (negative).
   *
   * @param attribute the column
   * @param category the attribute's category label
   * @param condition the condition in words
   * @param direction "positive" or "negative"
   * @param lift the lift with its 95 % interval and p-value
   * @param qValue the false-discovery-adjusted p-value
   * @param support the accounts that meet the condition
   * @param supportShare support as a share of all accounts
   * @param idealCoverage the share of ideal accounts that meet the condition
   * @param economics the figures of the accounts that meet the condition
   * @param uses how teams use the trait
   * @param pinned whether an editor pinned it (written only when true)
   */
  public record Trait(
      String attribute,
      String category,
      String condition,
      String direction,
      Figure lift,
      double qValue,
      long support,
      double supportShare,
      double idealCoverage,
      CohortFigures economics,
      List<String> uses,
      boolean pinned) {
    /** Copies the list. */
    public Trait {
      uses = List.copyOf(uses);
    }

    /** Returns whether the trait marks ideal customers. */
    public boolean positive() {
      return "positive".equals(direction);
    }

    /** Returns this trait pinned. */
    public Trait pin() {
      return new Trait(
          attribute,
          category,
          condition,
          direction,
          lift,
          qValue,
          support,
          supportShare,
          idealCoverage,
          economics,
          uses,
          true);
    }
  }

  /**
   * A combination of traits that together mark ideal (or disqualified) accounts.
   *
   * @param conditions the conditions, all of which an account meets
   * @param direction "positive" or "negative"
   * @param lift the lift with its interval and p-value
   * @param qValue the false-discovery-adjusted p-value
   * @param support the accounts in the segment
   * @param idealCoverage the share of ideal accounts in the segment
   */
  public record Segment(
      List<String> conditions,
      String direction,
      Figure lift,
      double qValue,
      long support,
      double idealCoverage) {
    /** Copies the list. */
    public Segment {
      conditions = List.copyOf(conditions);
    }

    /** Returns whether the segment marks ideal customers. */
    public boolean positive() {
      return "positive".equals(direction);
    }
  }

  /**
   * A segment whose accounts differ in a numeric outcome from the rest.
   *
   * @param outcome the outcome column
   * @param conditions the conditions, all of which an account meets
   * @param direction "positive" when the segment is better
   * @param difference the segment's mean minus the rest's, with interval and p-value
   * @param qValue the false-discovery-adjusted p-value
   * @param support the accounts in the segment
   */
  public record Outcome(
      String outcome,
      List<String> conditions,
      String direction,
      Figure difference,
      double qValue,
      long support) {
    /** Copies the list. */
    public Outcome {
      conditions = List.copyOf(conditions);
    }
  }

  /** The share of ideal accounts and of all accounts the positive segments match. */
  public record Coverage(double idealShare, double allShare) {}

  /**
   * Whether the ICP is fit for use, judged at derive time.
   *
   * @param usable the verdict
   * @param reason why not, in one sentence; empty when usable
   * @param auc the fit score's held-out AUC; NaN when unknown
   * @param aucLow the low end of its 95 % interval (Hanley–McNeil); NaN when unknown
   * @param aucHigh the high end; NaN when unknown
   * @param baselineAuc the scorecard baseline's held-out AUC; NaN when unknown
   */
  public record Verdict(
      boolean usable,
      String reason,
      double auc,
      double aucLow,
      double aucHigh,
      double baselineAuc) {
    /** Returns whether the fit score's AUC is above the baseline's. */
    public boolean beatsBaseline() {
      return auc > baselineAuc;
    }
  }
}
