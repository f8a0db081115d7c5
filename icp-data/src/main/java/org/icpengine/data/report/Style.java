package org.icpengine.data.report;

/** The report's inline style sheet: readable on screen and in print, no external fonts. */
final class Style {
  /**
   * Print: A4, white, smaller type, page one on its own page and the appendix after a break;
   * headings stay with what follows and table rows and charts are not split. Charts are SVG, so
   * they print sharp at any resolution.
   */
  private static final String PRINT =
      "@page{size:A4;margin:12mm 11mm}@media print{body{background:#fff;font-size:10px;"
          + "line-height:1.35}main{max-width:none;padding:0}section{box-shadow:none;"
          + "border-radius:0;padding:0;margin:0 0 8px}h1{font-size:20px}h2{font-size:14px;"
          + "margin:8px 0 4px;break-after:avoid}h3{font-size:12px;margin:6px 0 2px;"
          + "break-after:avoid}p{margin:3px 0}table{font-size:8.5px;margin-top:4px}"
          + "th,td{padding:2px 5px}tr,svg,.kpi,.team{break-inside:avoid}.summary{font-size:11px}"
          + ".gate{font-size:11px;padding:4px 8px}.page-one{break-after:page}"
          + ".kpi{min-width:110px;padding:5px 8px}.kpi b{font-size:15px}"
          + ".chart{max-height:210px}.chart.calibration{max-height:170px}.kpis{display:none}"
          + ".verdict{font-size:11px}"
          + ".economics{display:grid;grid-template-columns:1fr 1fr;gap:0 14px}"
          + ".mono{font-size:8.5px}.small{font-size:8.5px}"
          + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

  static final String CSS =
      "body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2433;"
          + "background:#f6f7fb;margin:0}main{max-width:1100px;margin:0 auto;padding:24px}"
          + "h1{margin:0 0 8px}h2{margin-top:0}section{background:#fff;border-radius:10px;"
          + "padding:18px 22px;margin:18px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}"
          + ".summary{font-size:17px}.mono{font-family:ui-monospace,Menlo,Consolas,monospace;"
          + "font-size:13px;word-break:break-all;color:#445}.kpis{display:flex;gap:14px;"
          + "flex-wrap:wrap}.kpi{background:#eef2ff;border-radius:8px;padding:10px 14px;"
          + "min-width:160px}.kpi b{display:block;font-size:22px}.kpi span{font-size:13px;"
          + "color:#556}.note{color:#8a5300}table{border-collapse:collapse;width:100%;"
          + "font-size:13px;margin-top:10px}th,td{text-align:left;padding:5px 8px;"
          + "border-bottom:1px solid #e3e6ee;vertical-align:top}th{background:#f0f2f7}"
          + ".chart{width:100%;height:auto}.chart .label{text-anchor:end;font-size:12px}"
          + ".chart .value,.chart .axis{font-size:11px;fill:#445}.chart .good{fill:#3f7be0}"
          + ".chart .bad{fill:#e0793f}.chart .ci{stroke:#1d2433;stroke-width:1.5}"
          + ".chart .ref{stroke:#888;stroke-dasharray:4 3}.chart.calibration{max-width:460px;"
          + "display:block}.chart .grid{stroke:#eceef3}.chart .frame{fill:none;stroke:#9aa1b2}"
          + ".chart .point{fill:#3f7be0;stroke:#fff;stroke-width:1}.chart path.ci{fill:none}"
          + ".chart .end{text-anchor:end}.chart .middle{text-anchor:middle}"
          + ".chart .title{font-size:12px;fill:#1d2433}.verdict{font-size:16px}"
          + ".small{font-size:12px;color:#667}.points td:last-child{line-height:1.9}"
          + ".bin{display:inline-block;background:#f3f5fa;border-radius:4px;padding:0 6px;"
          + "margin:0 4px 2px 0;white-space:nowrap}.pos{color:#2a62c9}.neg{color:#c2571b}"
          + ".bin.more{background:none;color:#667}.nowrap{white-space:nowrap}"
          + ".gate{font-size:16px;padding:8px 12px;border-radius:8px}.gate.ok{background:#e7f6ec}"
          + ".gate.bad{background:#fdecea}.who li{margin:2px 0}.teams{display:grid;"
          + "grid-template-columns:1fr 1fr;gap:10px 22px}.team h3{margin:6px 0 2px}"
          + ".team ul{margin:2px 0 6px;padding-left:18px}.team p{margin:4px 0}"
          + ".appendix h1{font-size:22px;margin-top:28px}.legend{margin-top:8px}"
          + "tr.by-definition td{color:#667;font-style:italic}"
          + PRINT;

  private Style() {}
}
