package org.icpengine.cli.cohorts;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.money;
import static org.icpengine.cli.text.Formats.pValue;
import static org.icpengine.cli.text.Formats.percent;
import static org.icpengine.cli.text.Formats.ratio;
import static org.icpengine.cli.text.Formats.star;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.cohort.CohortReport;

/** Cohort economics as a person reads them in a terminal. */
public final class CohortText {
  private CohortText() {}

  /** Prints the report: the ideal definition, the overall figures, then one row per cohort. */
  public static void print(CohortReport report, PrintWriter out) {
    out.println("Ideal: " + report.ideal().description());
    out.println("       " + report.ideal().expression());
    CohortFigures total = report.total();
    out.println(
        "All accounts: "
            + count(total.accounts())
            + ", ideal rate "
            + percent(total.idealRate().value())
            + outcomes(report.outcomes()));
    report.notes().forEach(note -> out.println("Note: " + note));
    out.println();
    List<String> headers =
        new ArrayList<>(
            List.of(
                String.join(" × ", report.by()),
                "ACCOUNTS",
                "SHARE",
                "IDEAL",
                "LIFT [95% CI]",
                "P"));
    Map<OutcomeKind, String> present = report.outcomes();
    List<Column> columns = Column.present(present);
    columns.forEach(c -> headers.add(c.header()));
    boolean[] right = new boolean[headers.size()];
    java.util.Arrays.fill(right, 1, right.length, true);
    TextTable table = new TextTable(headers, right, 40);
    for (CohortFigures cohort : report.cohorts()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  cohort.label(),
                  count(cohort.accounts()),
                  percent(cohort.share().value()),
                  percent(cohort.idealRate().value()),
                  interval(cohort.lift()) + star(cohort.lift()),
                  pValue(cohort.lift().pValue())));
      columns.forEach(c -> row.add(c.cell(cohort)));
      table.add(row);
    }
    table.print(out, "");
    out.println();
    out.println(
        "Lift is the cohort's ideal rate over the overall rate; * marks p < 0.05 against"
            + " the rest. --json adds every interval and p-value.");
  }

  private static String outcomes(Map<OutcomeKind, String> outcomes) {
    StringBuilder text = new StringBuilder();
    outcomes.forEach(
        (kind, column) ->
            text.append(", ").append(kind.key()).append(" from '").append(column).append('\''));
    return text.toString();
  }

  private static String interval(Figure figure) {
    if (!figure.isPresent()) {
      return "–";
    }
    return ratio(figure.value()) + " [" + ratio(figure.low()) + "–" + ratio(figure.high()) + "]";
  }

  /** An outcome column of the table, shown only when the file has that outcome. */
  private enum Column {
    LTV_MEAN("LTV MEAN", OutcomeKind.LTV) {
      @Override
      String cell(CohortFigures c) {
        return money(c.ltvMean().value()) + star(c.ltvMean());
      }
    },
    LTV_MEDIAN("LTV MEDIAN", OutcomeKind.LTV) {
      @Override
      String cell(CohortFigures c) {
        return money(c.ltvMedian().value());
      }
    },
    NRR("NRR", OutcomeKind.NRR) {
      @Override
      String cell(CohortFigures c) {
        return c.nrr().isPresent()
            ? String.format(java.util.Locale.ROOT, "%.0f%%", c.nrr().value()) + star(c.nrr())
            : "–";
      }
    },
    CAC("CAC", OutcomeKind.CAC) {
      @Override
      String cell(CohortFigures c) {
        return money(c.cac().value()) + star(c.cac());
      }
    },
    LTV_TO_CAC("LTV:CAC", OutcomeKind.CAC) {
      @Override
      String cell(CohortFigures c) {
        return ratio(c.ltvToCac().value()) + star(c.ltvToCac());
      }
    },
    CHURN("CHURN", OutcomeKind.CHURNED) {
      @Override
      String cell(CohortFigures c) {
        return percent(c.churnRate().value()) + star(c.churnRate());
      }
    },
    WIN("WIN", OutcomeKind.WON) {
      @Override
      String cell(CohortFigures c) {
        return percent(c.winRate().value()) + star(c.winRate());
      }
    };

    private final String header;
    private final OutcomeKind needs;

    Column(String header, OutcomeKind needs) {
      this.header = header;
      this.needs = needs;
    }

    String header() {
      return header;
    }

    abstract String cell(CohortFigures cohort);

    static List<Column> present(Map<OutcomeKind, String> outcomes) {
      List<Column> columns = new ArrayList<>();
      for (Column column : values()) {
        boolean ratioNeedsLtv = column != LTV_TO_CAC || outcomes.containsKey(OutcomeKind.LTV);
        if (outcomes.containsKey(column.needs) && ratioNeedsLtv) {
          columns.add(column);
        }
      }
      return columns;
    }
  }
}
