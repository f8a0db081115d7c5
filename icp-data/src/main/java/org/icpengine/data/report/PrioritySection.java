package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.List;
import java.util.Locale;
import org.icpengine.model.document.FitEvaluation;
import org.icpengine.model.document.GradeCell;
import org.icpengine.model.document.ModelFigures;
import org.icpengine.model.document.SideBySide;
import org.icpengine.model.scoring.EngagementLevels;

/**
 * The report's section "Fit, engagement and priority": the three scores judged side by side on the
 * same held-out accounts (AUC with its interval, top-decile lift, capture of the best tiers) and
 * the grade matrix, fit tier × engagement level. Written only when the ICP has an engagement score.
 */
final class PrioritySection {
  private static final List<String> LEVELS =
      List.of("high", "medium", "low", EngagementLevels.UNKNOWN);

  private PrioritySection() {}

  /** Appends the section when the evaluation has the engagement score and the priority. */
  static void priority(StringBuilder html, FitEvaluation evaluation) {
    if (evaluation.sides().isEmpty()) {
      return;
    }
    SideBySide sides = evaluation.sides().get();
    List<ModelFigures> models = List.of(evaluation.fit(), sides.engagement(), sides.priority());
    html.append("<section><h2>Fit, engagement and priority</h2><p>")
        .append(
            "The fit score says who an account is; the engagement score what it does (visits,"
                + " usage, activity); the priority ranks on both at once, its points adding up"
                + " like the fit score's and each reason saying which side it comes from. All"
                + " three are judged on the same held-out accounts.")
        .append("</p><table><thead><tr><th>Measure</th>");
    models.forEach(m -> html.append("<th>").append(text(m.name())).append("</th>"));
    html.append("</tr></thead><tbody>");
    row(html, "AUC [95&nbsp;% interval]", models, PrioritySection::auc);
    row(html, "Top-decile lift", models, m -> format("%.2f×", m.metrics().topDecileLift()));
    row(
        html,
        "Ideal captured by the top 10&nbsp;% (tier A)",
        models,
        m -> ReportHtml.percent(m.tiers().idealCapturedByA()));
    row(
        html,
        "Ideal captured by the top 30&nbsp;% (A+B)",
        models,
        m -> ReportHtml.percent(m.tiers().idealCapturedByAB()));
    html.append("</tbody></table><p class=\"small\">")
        .append(
            "The fit score's tiers are its stored thresholds; the engagement score and the"
                + " priority take the same shares of accounts, fixed on the training rows.")
        .append("</p>");
    grades(html, sides.grades());
    html.append("</section>");
  }

  private interface Cell {
    String of(ModelFigures figures);
  }

  private static void row(StringBuilder html, String name, List<ModelFigures> models, Cell cell) {
    html.append("<tr><td>").append(name).append("</td>");
    models.forEach(m -> html.append("<td>").append(text(cell.of(m))).append("</td>"));
    html.append("</tr>");
  }

  private static String auc(ModelFigures m) {
    return format("%.3f", m.metrics().auc())
        + " ["
        + format("%.3f", m.aucInterval().low())
        + "–"
        + format("%.3f", m.aucInterval().high())
        + "]";
  }

  /** The grade matrix: per fit tier and engagement level, accounts, ideal rate and capture. */
  private static void grades(StringBuilder html, List<GradeCell> cells) {
    html.append("<h3>Grades: fit tier × engagement level</h3><p>")
        .append(
            "Each held-out account's grade, its fit tier and its engagement level (\"unknown\""
                + " when it has no engagement value): accounts, the share of them that is ideal,"
                + " and the share of all ideal accounts the grade holds.")
        .append("</p><table><thead><tr><th>Fit tier</th>");
    LEVELS.forEach(l -> html.append("<th>").append(text(l)).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (char tier : "ABCD".toCharArray()) {
      html.append("<tr><td>").append(tier).append("</td>");
      for (String level : LEVELS) {
        String grade = tier + "-" + level;
        GradeCell cell =
            cells.stream().filter(c -> c.grade().equals(grade)).findFirst().orElse(null);
        html.append("<td>")
            .append(
                cell == null
                    ? "–"
                    : text(
                        String.format(
                            Locale.ROOT,
                            "%,d accounts, %s ideal, %s of ideal",
                            cell.rows(),
                            ReportHtml.percent(cell.observedRate()),
                            ReportHtml.percent(cell.idealCaptured()))))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }

  private static String format(String format, double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value);
  }
}
