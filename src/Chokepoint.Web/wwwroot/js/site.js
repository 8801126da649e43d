// Draws every [data-chart] element with plotly.js (served by this app) and follows running jobs.
(function () {
  "use strict";
  function drawCharts() {
    if (typeof Plotly === "undefined") return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.drawn) return;
      var spec = JSON.parse(el.dataset.chart);
      var small = el.clientWidth < 560;
      if (small) narrow(spec, el.clientWidth);
      var drawn = Plotly.newPlot(el, spec.data, spec.layout, { responsive: true, displaylogo: false });
      if (small && spec.layout.legend && drawn && drawn.then) drawn.then(function () { legendBelowAxisTitle(el); });
      el.dataset.drawn = "1";
      bandsOnHover(el, spec.data);
    });
  }
  // On a phone: smaller titles wrapped to the width, and point labels only on hover or tap (they would cover one another).
  function narrow(spec, width) {
    var layout = spec.layout;
    layout.margin = layout.margin || {};
    var chars = Math.max(24, Math.floor(width / 6.5));
    if (layout.title && layout.title.text) {
      layout.title.font = { size: 11 };
      // Measured in the chart's own font, not counted: a line of wide letters would otherwise run past a phone's edge.
      layout.title.text = wrapPx(layout.title.text.split("<br>").join(" "), width - 24, "11px " + ((layout.font && layout.font.family) || "sans-serif"));
      layout.margin.t = 30 + 15 * layout.title.text.split("<br>").length;
    }
    ["xaxis", "yaxis"].forEach(function (a) {
      if (layout[a] && layout[a].title) { layout[a].title.font = { size: 10 }; layout[a].title.text = wrap(layout[a].title.text || "", Math.floor(chars * 1.1)); }
    });
    layout.margin.l = 50;
    // Slanted ticks and a wrapped axis title need more room above the legend.
    if (layout.legend) layout.height = (layout.height || 460) + 60;
    spec.data.forEach(function (t) { if (typeof t.mode === "string") t.mode = t.mode.replace("+text", ""); });
  }
  // Slanted ticks and a wrapped axis title take more room on a phone: the legend goes just below the x-axis title.
  function legendBelowAxisTitle(el) {
    var title = el.querySelector(".xtitle");
    var size = el._fullLayout && el._fullLayout._size;
    if (!title || !size || !size.h) return;
    var bottom = title.getBoundingClientRect().bottom - el.getBoundingClientRect().top;
    Plotly.relayout(el, { "legend.y": -(bottom - (size.t + size.h) + 8) / size.h, "legend.yanchor": "top" });
  }
  function wrapPx(text, px, font) {
    var ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return wrap(text, Math.floor(px / 6.5));
    ctx.font = font;
    var lines = [], line = "";
    text.split(" ").forEach(function (w) {
      var longer = line ? line + " " + w : w;
      if (line && ctx.measureText(longer).width > px) { lines.push(line); line = w; } else line = longer;
    });
    if (line) lines.push(line);
    return lines.join("<br>");
  }
  function wrap(text, chars) {
    var lines = [], line = "";
    text.split(" ").forEach(function (w) {
      if (line && line.length + 1 + w.length > chars) { lines.push(line); line = w; } else line = line ? line + " " + w : w;
    });
    if (line) lines.push(line);
    return lines.join("<br>");
  }
  // Bands shown on demand (hidden p5–p95 traces marked meta "band") appear for the line under the pointer only.
  function bandsOnHover(el, data) {
    var bands = [];
    data.forEach(function (t, i) { if (t.meta === "band" && t.visible === false) bands.push(i); });
    if (bands.length === 0 || typeof el.on !== "function") return;
    el.on("plotly_hover", function (ev) {
      var group = ev.points && ev.points.length ? ev.points[0].data.legendgroup : null;
      var mine = bands.filter(function (i) { return data[i].legendgroup === group; });
      if (mine.length) Plotly.restyle(el, { visible: true }, mine);
    });
    el.on("plotly_unhover", function () { Plotly.restyle(el, { visible: false }, bands); });
  }
  function followJob(el) {
    var id = el.dataset.job;
    var bar = el.querySelector("progress");
    var text = el.querySelector(".job-status");
    function poll() {
      fetch("/api/v1/jobs/" + encodeURIComponent(id), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          if (bar) bar.value = job.progress;
          if (text) text.textContent = job.status + " — " + Math.round(100 * job.progress) + "%";
          if (job.status === "done" || job.status === "failed") { window.location.reload(); return; }
          setTimeout(poll, 400);
        })
        .catch(function () { setTimeout(poll, 1500); });
    }
    poll();
  }
  function wireScenarioPicker() {
    var select = document.getElementById("scenario-select");
    var area = document.getElementById("scenario-yaml");
    if (!select || !area) return;
    select.addEventListener("change", function () {
      var source = document.getElementById("yaml-" + select.value);
      area.value = source ? source.content.textContent : "";
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    document.querySelectorAll("[data-job]").forEach(followJob);
    wireScenarioPicker();
  });
})();
