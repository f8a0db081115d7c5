// ICP Engine web app: charts (ECharts), the tier preview, table filter and sort, the workspace
// switcher. Data comes from data-* attributes; the pages work without this file.
(function () {
  "use strict";

  function parse(el, name) {
    try { return JSON.parse(el.getAttribute(name)); } catch (e) { return null; }
  }

  function chart(el, option) {
    if (!window.echarts) { return; }
    var c = window.echarts.init(el);
    c.setOption(option);
    window.addEventListener("resize", function () { c.resize(); });
  }

  var TIER_COLOURS = ["#1b7f4b", "#5fa36a", "#d9a441", "#b3402a"];

  function tiersChart(el, counts) {
    chart(el, {
      grid: { left: 10, right: 20, top: 30, bottom: 10, containLabel: true },
      tooltip: {},
      xAxis: { type: "category", data: ["A", "B", "C", "D"] },
      yAxis: { type: "value", name: "accounts" },
      series: [{ type: "bar", data: counts.map(function (v, i) {
        return { value: v, itemStyle: { color: TIER_COLOURS[i] } };
      }) }]
    });
  }

  function tierCounts(dist, a, b, c) {
    var t = [0, 0, 0, 0];
    for (var s = 0; s <= 100; s++) {
      var tier = s >= a ? 0 : s >= b ? 1 : s >= c ? 2 : 3;
      t[tier] += dist.scores[s];
      t[3] += dist.disqualified[s];
    }
    return t;
  }

  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var kind = el.getAttribute("data-chart");
    if (kind === "tiers") {
      tiersChart(el, parse(el, "data-series") || []);
    } else if (kind === "economics") {
      var rows = (parse(el, "data-series") || []).slice().reverse();
      chart(el, {
        grid: { left: 10, right: 40, top: 10, bottom: 40, containLabel: true },
        tooltip: {},
        xAxis: { type: "value", name: "LTV:CAC", nameLocation: "middle", nameGap: 26 },
        yAxis: { type: "category", data: rows.map(function (r) { return r.name; }),
          axisLabel: { width: 320, overflow: "truncate" } },
        series: [{ type: "bar", data: rows.map(function (r) {
          return { value: r.value, itemStyle: { color: r.positive ? "#1b7f4b" : "#b3402a" } };
        }) }]
      });
    } else if (kind === "calibration") {
      var points = parse(el, "data-series") || [];
      var top = Math.min(100, Math.ceil(Math.max.apply(null, [10].concat(points.map(function (p) {
        return Math.max(p[0], p[1]);
      }))) / 10) * 10);
      chart(el, {
        grid: { left: 64, right: 24, top: 16, bottom: 56, containLabel: true },
        tooltip: {},
        xAxis: { type: "value", name: "predicted ideal rate (%)", nameLocation: "middle", nameGap: 30, min: 0, max: top },
        yAxis: { type: "value", name: "observed (%)", nameLocation: "middle", nameGap: 40, min: 0, max: top },
        series: [
          { type: "line", data: [[0, 0], [top, top]], symbol: "none", lineStyle: { type: "dashed", color: "#aab1bf" }, tooltip: { show: false } },
          { type: "line", data: points, symbolSize: 8, itemStyle: { color: "#1f5fbf" } }
        ]
      });
    } else if (kind === "preview") {
      var dist = parse(el, "data-distribution");
      var form = el.closest("form");
      var text = form.querySelector("[data-preview]");
      var c = window.echarts ? window.echarts.init(el) : null;
      var update = function () {
        var a = +form.tier_a.value, b = +form.tier_b.value, cc = +form.tier_c.value;
        var t = tierCounts(dist, a, b, cc);
        var total = t[0] + t[1] + t[2] + t[3];
        var pct = function (v) { return total ? Math.round(100 * v / total) + " %" : "–"; };
        text.textContent = "With these thresholds: A " + t[0] + " (" + pct(t[0]) + "), B " + t[1] + " (" + pct(t[1]) +
          "), C " + t[2] + " (" + pct(t[2]) + "), D " + t[3] + " (" + pct(t[3]) + ") of " + total + " accounts" +
          (a > b && b > cc ? "." : " — thresholds must fall from A to C.");
        if (c) {
          c.setOption({
            animation: false,
            grid: { left: 10, right: 20, top: 30, bottom: 10, containLabel: true }, tooltip: {},
            xAxis: { type: "category", data: ["A", "B", "C", "D"] }, yAxis: { type: "value", name: "accounts" },
            series: [{ type: "bar", data: t.map(function (v, i) { return { value: v, itemStyle: { color: TIER_COLOURS[i] } }; }) }]
          });
        }
      };
      ["tier_a", "tier_b", "tier_c"].forEach(function (n) { form[n].addEventListener("input", update); });
      update();
    }
  });

  function filterTable(id) {
    var table = document.getElementById(id);
    var text = document.querySelector('[data-filter="' + id + '"]');
    var tier = document.querySelector('[data-tier-filter="' + id + '"]');
    var tierColumn = -1;
    table.querySelectorAll("thead th").forEach(function (th, i) {
      if (/tier/i.test(th.textContent) && tierColumn < 0) { tierColumn = i; }
    });
    var apply = function () {
      var q = text.value.toLowerCase(), t = tier.value;
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        var show = (!q || tr.textContent.toLowerCase().indexOf(q) >= 0) &&
          (!t || (tierColumn >= 0 && tr.children[tierColumn].textContent.trim() === t));
        tr.hidden = !show;
      });
    };
    text.addEventListener("input", apply);
    tier.addEventListener("change", apply);
  }
  document.querySelectorAll("[data-filter]").forEach(function (el) { filterTable(el.getAttribute("data-filter")); });

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("[data-sort]").forEach(function (button, column) {
      var ascending = true;
      button.addEventListener("click", function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var a = x.children[column].textContent, b = y.children[column].textContent;
          var na = parseFloat(a), nb = parseFloat(b);
          var r = !isNaN(na) && !isNaN(nb) ? na - nb : a.localeCompare(b);
          return ascending ? r : -r;
        });
        ascending = !ascending;
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // The ideal builder: the outcomes picked are written as a definition by the server, counted over
  // the dataset live (debounced; an answer to an older form is dropped), and shown; an analyst's
  // edit of the definition is counted as typed. Errors appear next to their field.
  function idealBuilder(form) {
    var url = form.getAttribute("data-ideal-builder");
    var ideal = form.querySelector("#ideal");
    var count = form.querySelector("[data-ideal-count]");
    var errors = { outcomes: form.querySelector("#outcomes-error"), ideal: form.querySelector("#ideal-error") };
    var sequence = 0, timer = null;
    var show = function (field, message) {
      ["outcomes", "ideal"].forEach(function (f) {
        errors[f].hidden = f !== field;
        errors[f].textContent = f === field ? message : "";
      });
      if (field === "ideal") { ideal.setAttribute("aria-invalid", "true"); } else { ideal.removeAttribute("aria-invalid"); }
    };
    var preset = function () {
      var terms = [];
      form.querySelectorAll('input[name="outcome"]:checked').forEach(function (box) {
        var v = box.value;
        terms.push(v === "ltv-top" ? "ltv-top=" + form.ltv_top.value.trim() + "%"
          : v === "nrr" ? "nrr>=" + form.nrr.value.trim()
          : v === "ltv-cac" ? "ltv-cac>=" + form.ltv_cac.value.trim() : v);
      });
      return terms.join(",");
    };
    var ask = function (fromOutcomes) {
      var mine = ++sequence;
      var outcomes = fromOutcomes ? preset() : "";
      var query = fromOutcomes ? "outcomes=" + encodeURIComponent(outcomes) : "ideal=" + encodeURIComponent(ideal.value);
      count.textContent = "Counting…";
      count.removeAttribute("data-qualify");
      fetch(url + "?" + query, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (answer) {
          if (mine !== sequence) { return; }
          var b = answer.body;
          if (!answer.ok) {
            count.textContent = "";
            show(fromOutcomes ? "outcomes" : "ideal", b.detail || b.title || "the definition cannot be counted");
            return;
          }
          if (fromOutcomes) { ideal.value = b.expression; }
          var share = b.rows ? Math.round(1000 * b.ideal_rows / b.rows) / 10 : 0;
          count.textContent = b.ideal_rows.toLocaleString("en") + " of " + b.rows.toLocaleString("en") +
            " accounts qualify (" + share + " %)" + (b.expression ? "." : ": " + b.description + ".");
          count.setAttribute("data-qualify", String(b.ideal_rows));
          show(b.problem ? (fromOutcomes ? "outcomes" : "ideal") : "", b.problem || "");
        })
        .catch(function () { if (mine === sequence) { count.textContent = "The count is not available right now."; } });
    };
    var later = function (fromOutcomes) {
      clearTimeout(timer);
      timer = setTimeout(function () { ask(fromOutcomes); }, 350);
    };
    form.querySelectorAll('input[name="outcome"], #ltv_top, #nrr, #ltv_cac').forEach(function (el) {
      el.addEventListener(el.type === "checkbox" ? "change" : "input", function () { later(true); });
    });
    ideal.addEventListener("input", function () { later(ideal.value.trim() === ""); });
    ask(ideal.value.trim() === "");
  }
  document.querySelectorAll("[data-ideal-builder]").forEach(idealBuilder);

  // the review page: A, R and S press accept, reject or skip in the pair with the focus
  document.querySelectorAll("[data-review]").forEach(function (table) {
    document.addEventListener("keydown", function (e) {
      var key = e.key ? e.key.toLowerCase() : "";
      if (e.ctrlKey || e.metaKey || e.altKey || "ars".indexOf(key) < 0 || key === "") { return; }
      var at = document.activeElement;
      if (at && /^(INPUT|SELECT|TEXTAREA)$/.test(at.tagName)) { return; }
      var row = at && at.closest ? at.closest("tr[data-pair]") : null;
      if (!row || !table.contains(row)) { row = table.querySelector("tr.status-waiting") || table.querySelector("tr[data-pair]"); }
      var button = row && row.querySelector('button[data-key="' + key + '"]');
      if (button) { e.preventDefault(); button.click(); }
    });
  });

  document.querySelectorAll("[data-switch]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
})();
