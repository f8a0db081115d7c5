package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The columns {@code icp score} writes in each layout: the file's own columns (less those the score
 * columns replace) under their names, then the score columns under the layout's names. Both the
 * streaming statement ({@link ScorePipeline}) and the loaded path ({@link BatchScorer}) write
 * through it, so their outputs have the same columns.
 */
final class ScoreLayout {
  private ScoreLayout() {}

  /** The file's own columns the score columns of the layout replace. */
  static List<String> replaced(List<String> columns, ScoreModel model, OutputFormat format) {
    List<String> added = added(model, format);
    return columns.stream()
        .filter(column -> added.stream().anyMatch(a -> a.equalsIgnoreCase(column)))
        .toList();
  }

  static List<String> added(ScoreModel model, OutputFormat format) {
    List<String> added = new ArrayList<>(format.columns().subList(0, 3));
    if (model.engagement().isPresent()) {
      added.add(format.columns().get(3));
    }
    if (model.priority().isPresent()) {
      added.addAll(format.priorityColumns());
    }
    added.addAll(statusColumns(format));
    if (format == OutputFormat.HUBSPOT) {
      added.add(0, OutputFormat.HUBSPOT_TIER);
    }
    return added;
  }

  /** The names of the coverage and status columns in each layout, written after the others. */
  static List<String> statusColumns(OutputFormat format) {
    switch (format) {
      case HUBSPOT:
        return List.of("ICP Fit Coverage", "ICP Fit Status");
      case SALESFORCE:
        return List.of("ICP_Fit_Coverage__c", "ICP_Fit_Status__c");
      default:
        return List.of(ScoreSql.COVERAGE, ScoreSql.STATUS);
    }
  }

  /**
   * The written columns: the kept file columns (read by {@code raw}) under their own names, then
   * the score columns (of the relation named by {@code scores}, a prefix such as {@code "s."})
   * under the layout's names; the tier column is {@code tier} applied to the tier's SQL.
   */
  static List<String> projection(
      List<String> kept,
      UnaryOperator<String> raw,
      ScoreModel model,
      OutputFormat format,
      boolean neutralise,
      String scores,
      UnaryOperator<String> tier) {
    List<String> projection = new ArrayList<>();
    for (String column : kept) {
      projection.add(
          FormulaCells.cell(raw.apply(column), neutralise)
              + " AS "
              + quote(FormulaCells.header(column, neutralise)));
    }
    List<String> names = format.columns();
    if (format == OutputFormat.HUBSPOT) {
      projection.add(
          "CASE "
              + scores
              + ScoreSql.TIER
              + " WHEN 'A' THEN 'tier_1' WHEN 'B' THEN 'tier_2' WHEN 'C' THEN 'tier_3' END AS "
              + quote(OutputFormat.HUBSPOT_TIER));
    }
    projection.add(scores + ScoreSql.SCORE + " AS " + quote(names.get(0)));
    projection.add(tier.apply(scores + ScoreSql.TIER) + " AS " + quote(names.get(1)));
    projection.add(
        FormulaCells.cell(scores + ScoreSql.REASONS, neutralise) + " AS " + quote(names.get(2)));
    if (model.engagement().isPresent()) {
      projection.add(scores + ScoreSql.ENGAGEMENT + " AS " + quote(names.get(3)));
    }
    if (model.priority().isPresent()) {
      List<String> priority = format.priorityColumns();
      projection.add(scores + ScoreSql.PRIORITY + " AS " + quote(priority.get(0)));
      projection.add(
          FormulaCells.cell(scores + ScoreSql.PRIORITY_REASONS, neutralise)
              + " AS "
              + quote(priority.get(1)));
      projection.add(scores + ScoreSql.GRADE + " AS " + quote(priority.get(2)));
    }
    List<String> status = statusColumns(format);
    projection.add(scores + ScoreSql.COVERAGE + " AS " + quote(status.get(0)));
    projection.add(scores + ScoreSql.STATUS + " AS " + quote(status.get(1)));
    return projection;
  }
}
