// ICP Engine web app: the funnel page's charts and the KPI trends (ECharts). Data comes from
// data-* attributes; the tables beside the charts hold the same figures.
(function () {
  "use strict";

  function parse(el) {
    try { return JSON.parse(el.getAttribute("data-series")); } catch (e) { return null; }
  }

  function chart(el, option) {
    if (!window.echarts) { return; }
    var c = window.echarts.init(el);
    option.animation = false; // the figures appear at once, and screenshots show them whole
    c.setOption(option);
    window.addEventListener("resize", function () { c.resize(); });
  }

  var COLOURS = ["#1b7f4b", "#5fa36a", "#d9a441", "#b3402a", "#4a6fa5", "#8a5fa5", "#5fa5a0", "#a58a5f"];

  function stageBars(el, d) {
    chart(el, {
      color: COLOURS,
      grid: { left: 50, right: 20, top: 40, bottom: 40 },
      legend: { top: 0 },
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v + " %"; } },
      xAxis: { type: "category", data: d.stages },
      yAxis: { type: "value", name: "% reached", max: 100 },
      series: d.series.map(function (s) { return { type: "bar", name: s.name, data: s.values }; })
    });
  }

  function heatmap(el, d) {
    chart(el, {
      grid: { left: 60, right: 20, top: 10, bottom: 70 },
      tooltip: { formatter: function (p) {
        return "tier " + d.y[p.value[1]] + " · " + d.x[p.value[0]] + ": " + p.value[2] + " % of " + p.value[3] + " closed";
      } },
      xAxis: { type: "category", data: d.x, axisLabel: { rotate: 30 } },
      yAxis: { type: "category", data: d.y, inverse: true },
      visualMap: { min: 0, max: 100, dimension: 2, calculable: false, orient: "horizontal", left: "center", bottom: 0,
        inRange: { color: ["#f3e5d0", "#5fa36a", "#1b7f4b"] }, text: ["100 %", "0 %"] },
      series: [{ type: "heatmap", data: d.cells, label: { show: true, formatter: function (p) { return p.value[2] + " %"; } } }]
    });
  }

  function trend(el, d) {
    if (!d.periods.length) { el.textContent = "–"; return; }
    chart(el, {
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: d.periods, show: false },
      yAxis: { type: "value", show: false, scale: true },
      series: [{ type: "line", data: d.values, symbolSize: 3, connectNulls: true, lineStyle: { width: 1.5 } }]
    });
  }

  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var kind = el.getAttribute("data-chart");
    var d = parse(el);
    if (!d) { return; }
    if (kind === "stage-bars") { stageBars(el, d); }
    else if (kind === "heatmap") { heatmap(el, d); }
    else if (kind === "trend") { trend(el, d); }
  });
})();
