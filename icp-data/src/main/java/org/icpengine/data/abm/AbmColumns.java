package org.icpengine.data.abm;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.fit.FormulaCells;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The ABM file's columns: the rank and its tier's expectations first, then every column of the
 * prospect file as it was (cells a spreadsheet would run as formulas neutralised), then the score's
 * columns under the names {@code icp score} gives them in the chosen layout (CSV, HubSpot,
 * Salesforce), so that the file imports like a scored file.
 */
final class AbmColumns {
  private AbmColumns() {}

  /** Returns the names of the rank, expected win rate and expected CAC in a layout. */
  static List<String> rankColumns(OutputFormat format) {
    return switch (format) {
      case HUBSPOT -> List.of("ABM Rank", "ABM Expected Win Rate", "ABM Expected CAC");
      case SALESFORCE -> List.of("ABM_Rank__c", "ABM_Expected_Win_Rate__c", "ABM_Expected_CAC__c");
      default -> List.of("abm_rank", "abm_expected_win_rate", "abm_expected_cac");
    };
  }

  static String select(
      List<String> columns,
      ScoreModel model,
      OutputFormat format,
      String raw,
      String ranked,
      int top) {
    List<String> projection = new ArrayList<>();
    List<String> rank = rankColumns(format);
    projection.add("k.abm_rank AS " + quote(rank.get(0)));
    projection.add("round(k.win, 4) AS " + quote(rank.get(1)));
    projection.add("round(k.cac, 2) AS " + quote(rank.get(2)));
    for (String column : columns) {
      if (format.columns().stream().anyMatch(column::equalsIgnoreCase)
          || rank.stream().anyMatch(column::equalsIgnoreCase)) {
        continue;
      }
      projection.add(
          FormulaCells.cell("r." + quote(column), true)
              + " AS "
              + quote(FormulaCells.header(column, true)));
    }
    List<String> names = format.columns();
    if (format == OutputFormat.HUBSPOT) {
      projection.add(
          "CASE k.tier WHEN 'A' THEN 'tier_1' WHEN 'B' THEN 'tier_2' WHEN 'C' THEN 'tier_3' END"
              + " AS "
              + quote(OutputFormat.HUBSPOT_TIER));
    }
    projection.add("k.score AS " + quote(names.get(0)));
    projection.add("k.tier AS " + quote(names.get(1)));
    projection.add(FormulaCells.cell("k.reasons", true) + " AS " + quote(names.get(2)));
    if (model.engagement().isPresent()) {
      projection.add("k.engagement AS " + quote(names.get(3)));
    }
    if (model.priority().isPresent()) {
      projection.add("k.grade AS " + quote(format.priorityColumns().get(2)));
    }
    return "SELECT "
        + String.join(", ", projection)
        + " FROM "
        + ranked
        + " k JOIN "
        + raw
        + " r ON r.rowid = k.abm_row WHERE k.abm_rank <= "
        + top
        + " ORDER BY k.abm_rank";
  }
}
