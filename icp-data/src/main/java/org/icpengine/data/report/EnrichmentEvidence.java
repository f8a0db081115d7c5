package org.icpengine.data.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.enrichment.AttributeCoverage;
import org.icpengine.data.enrichment.EnrichmentReport;
import org.icpengine.data.enrichment.SourceEnrichment;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.model.document.IcpContents;
import org.icpengine.model.scoring.PointsTable;

/**
 * How much of an ICP rests on enrichment files: the accounts each file enriched, per attribute, and
 * the share of the fit score's evidence and of the traits whose column an enrichment file supplied.
 *
 * <p>An attribute's weight in the fit score is its importance (the mean absolute points it gave the
 * training accounts, the weight {@code icp_coverage} counts it with); the fit score's evidence from
 * enrichment is the sum over its attributes of weight × the share of accounts whose value of that
 * column came from an enrichment file. A trait counts as resting on enrichment when its column
 * received a value from a file for at least one account.
 *
 * @param report what the enrichment files did to the account table
 * @param fitColumns each fit attribute's column with an enriched value: its weight in the fit score
 *     (a share of the total importance, in [0, 1]) and the share of accounts whose value came from
 *     a file (in [0, 1])
 * @param fitShare the share of the fit score's evidence that came from enrichment, in [0, 1]
 * @param traits traits of the ICP
 * @param enrichedTraits traits whose column received values from a file
 */
public record EnrichmentEvidence(
    EnrichmentReport report,
    List<FitColumn> fitColumns,
    double fitShare,
    int traits,
    int enrichedTraits) {

  public EnrichmentEvidence {
    fitColumns = List.copyOf(fitColumns);
  }

  /**
   * One column of the fit score that enrichment supplied values of.
   *
   * @param column the account table's column
   * @param weight its attributes' share of the fit score's importance, in [0, 1]
   * @param enriched the share of accounts whose value came from a file, in [0, 1]
   */
  public record FitColumn(String column, double weight, double enriched) {}

  /** Returns the evidence of an ICP derived from an account table the report's files enriched. */
  public static EnrichmentEvidence of(EnrichmentReport report, IcpDefinition icp) {
    Map<String, Double> enriched = enrichedShares(report);
    List<FitColumn> columns = new ArrayList<>();
    double share = 0;
    if (icp.fit() != null) {
      Map<String, Double> weights = weights(icp.fit().model().fit());
      for (Map.Entry<String, Double> weight : weights.entrySet()) {
        Double from = enriched.get(weight.getKey().toLowerCase(Locale.ROOT));
        if (from != null) {
          columns.add(new FitColumn(weight.getKey(), weight.getValue(), from));
          share += weight.getValue() * from;
        }
      }
    }
    int enrichedTraits = 0;
    for (IcpContents.Trait trait : icp.traits()) {
      if (enriched.containsKey(trait.attribute().toLowerCase(Locale.ROOT))) {
        enrichedTraits++;
      }
    }
    return new EnrichmentEvidence(report, columns, share, icp.traits().size(), enrichedTraits);
  }

  /** Each enriched column (lower case) and the share of accounts whose value a file supplied. */
  private static Map<String, Double> enrichedShares(EnrichmentReport report) {
    Map<String, Long> accounts = new LinkedHashMap<>();
    for (SourceEnrichment source : report.sources()) {
      for (AttributeCoverage attribute : source.attributes()) {
        if (attribute.accounts() > 0) {
          accounts.merge(
              attribute.column().toLowerCase(Locale.ROOT), attribute.accounts(), Long::sum);
        }
      }
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    accounts.forEach(
        (column, n) ->
            shares.put(
                column, report.accounts() == 0 ? 0 : Math.min(1, (double) n / report.accounts())));
    return shares;
  }

  /** Each fit column's share of the fit score's total importance, in model order. */
  private static Map<String, Double> weights(PointsTable fit) {
    long[] weights = fit.coverageWeights();
    long total = 0;
    for (long w : weights) {
      total += w;
    }
    Map<String, Double> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < weights.length; i++) {
      double share = total == 0 ? 0 : (double) weights[i] / total;
      byColumn.merge(fit.attributes().get(i).attribute().column(), share, Double::sum);
    }
    return byColumn;
  }
}
