package org.icpengine.web.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.icpengine.server.kpi.Kpi;
import org.icpengine.server.kpi.KpiBoard;
import org.icpengine.server.kpi.KpiFigure;
import org.icpengine.server.kpi.Kpis;

/**
 * One KPI as the dashboard shows it.
 *
 * @param key the KPI's key
 * @param label what it is
 * @param value the value in its unit, or "–"
 * @param interval the 95 % interval, or ""
 * @param n the observations behind it
 * @param basis what it was computed from
 * @param target the target in its unit, or ""
 * @param owner who owns the target, or ""
 * @param status the status key (on_track …)
 * @param statusLabel the status in words
 * @param unitHint what to type in the target field (%, ×, …)
 * @param trend the trend as the chart's JSON
 */
public record KpiView(
    String key,
    String label,
    String value,
    String interval,
    long n,
    String basis,
    String target,
    String owner,
    String status,
    String statusLabel,
    String unitHint,
    String trend) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Returns the board's rows as views. */
  public static List<KpiView> of(KpiBoard board) {
    return board.rows().stream().map(KpiView::of).toList();
  }

  private static KpiView of(KpiBoard.Row row) {
    Kpi kpi = row.kpi();
    KpiFigure f = row.figure();
    String interval =
        Double.isFinite(f.ciLow())
            ? "[" + Kpis.show(kpi, f.ciLow()) + " – " + Kpis.show(kpi, f.ciHigh()) + "]"
            : "";
    return new KpiView(
        kpi.key(),
        kpi.label(),
        Kpis.show(kpi, f.value()),
        interval,
        f.n(),
        f.basis(),
        row.target() == null
            ? ""
            : (kpi.higherIsBetter() ? "≥ " : "≤ ") + Kpis.show(kpi, row.target().target()),
        row.target() == null ? "" : row.target().owner(),
        row.status().key(),
        row.status().label(),
        hint(kpi.unit()),
        trend(kpi, f));
  }

  private static String hint(Kpi.Unit unit) {
    return switch (unit) {
      case SHARE -> "percent, e.g. 60";
      case RATIO -> "ratio, e.g. 2.5";
      case PERCENT -> "percent, e.g. 110";
      case MONEY -> "amount, e.g. 1200";
    };
  }

  private static String trend(Kpi kpi, KpiFigure f) {
    ObjectNode chart = JSON.createObjectNode();
    ArrayNode periods = chart.putArray("periods");
    ArrayNode values = chart.putArray("values");
    double scale = kpi.unit() == Kpi.Unit.SHARE ? 100 : 1;
    for (KpiFigure.Point p : f.trend()) {
      periods.add(p.period());
      if (Double.isFinite(p.value())) {
        values.add(Math.round(p.value() * scale * 100) / 100.0);
      } else {
        values.addNull();
      }
    }
    chart.put("unit", kpi.unit().name().toLowerCase(Locale.ROOT));
    return chart.toString();
  }
}
