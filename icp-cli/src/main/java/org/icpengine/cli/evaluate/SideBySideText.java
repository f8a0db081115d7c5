package org.icpengine.cli.evaluate;

import static org.icpengine.cli.evaluate.EvaluationText.fixed;
import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.icpengine.cli.text.TextTable;
import org.icpengine.model.document.GradeCell;
import org.icpengine.model.document.ModelFigures;
import org.icpengine.model.document.SideBySide;

/** The fit score, the engagement score and the priority side by side, and the grade matrix. */
final class SideBySideText {
  private SideBySideText() {}

  /** Prints the three scores' held-out figures and the grades' rows, ideal rates and capture. */
  static void print(ModelFigures fit, SideBySide sides, PrintWriter out) {
    out.println();
    out.println("Fit, engagement and priority on the same held-out accounts:");
    List<ModelFigures> models = List.of(fit, sides.engagement(), sides.priority());
    TextTable table =
        new TextTable(
            List.of("", "FIT SCORE", "ENGAGEMENT", "PRIORITY"),
            new boolean[] {false, true, true, true},
            40);
    table.add(row("AUC [95% CI]", models, SideBySideText::auc));
    table.add(row("Top-decile lift", models, m -> fixed(m.metrics().topDecileLift(), 2) + "×"));
    table.add(row("Ideal captured by tier A", models, m -> percent(m.tiers().idealCapturedByA())));
    table.add(row("Ideal captured by A+B", models, m -> percent(m.tiers().idealCapturedByAB())));
    table.print(out, "");
    out.println(
        "(engagement and priority tiers take the fit score's shares: 10 % A, 20 % B, 30 % C)");
    out.println();
    out.println("Grades, fit tier × engagement level (held-out accounts):");
    TextTable grades =
        new TextTable(
            List.of("GRADE", "ACCOUNTS", "IDEAL RATE", "OF ALL IDEAL"),
            new boolean[] {false, true, true, true},
            40);
    for (GradeCell cell : sides.grades()) {
      grades.add(
          List.of(
              cell.grade(),
              count(cell.rows()),
              percent(cell.observedRate()),
              percent(cell.idealCaptured())));
    }
    grades.print(out, "");
  }

  private static List<String> row(
      String name, List<ModelFigures> models, Function<ModelFigures, String> cell) {
    List<String> row = new ArrayList<>();
    row.add(name);
    models.forEach(m -> row.add(cell.apply(m)));
    return row;
  }

  private static String auc(ModelFigures m) {
    return fixed(m.metrics().auc(), 3)
        + " ["
        + fixed(m.aucInterval().low(), 3)
        + "–"
        + fixed(m.aucInterval().high(), 3)
        + "]";
  }
}
