// Draw the people graph embedded in the page with vis-network (served from the pyvis package).
// Drag to move, scroll to zoom, click a person to open their page.
(function () {
  "use strict";
  var container = document.getElementById("network");
  var source = document.getElementById("graph-data");
  if (!container || !source || typeof vis === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var palette = ["#2f6db5", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#16a085",
                 "#7f8c8d", "#b03a7a", "#5d6d7e", "#a04000"];
  var types = Array.from(new Set(data.edges.map(function (e) { return e.type; }))).sort();
  function colour(type) { return palette[types.indexOf(type) % palette.length]; }

  var degree = {};
  data.edges.forEach(function (e) {
    degree[e.source] = (degree[e.source] || 0) + 1;
    degree[e.target] = (degree[e.target] || 0) + 1;
  });
  function years(n) {
    var b = (n.birth || "").slice(0, 4), d = (n.death || "").slice(0, 4);
    return b || d ? " (" + (b || "?") + "–" + d + ")" : "";
  }
  var centre = container.getAttribute("data-center");
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {
      id: n.id,
      label: n.name,
      title: n.name + years(n),  // plain text: vis-network 9 does not parse it as HTML
      value: 1 + (degree[n.id] || 0),
      color: n.id === centre ? { background: "#f5b041", border: "#b9770e" } : undefined
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var first = (e.sources && e.sources[0]) ? e.sources[0].text || "" : "";
    return {
      id: i, from: e.source, to: e.target,
      title: e.type + (e.date ? " (" + e.date + ")" : "") + (first ? "\n" + first : ""),
      color: { color: colour(e.type), highlight: colour(e.type), opacity: 0.8 },
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }
    };
  }));
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    nodes: {
      shape: "dot", scaling: { min: 8, max: 26 },
      font: { face: "system-ui, sans-serif", size: 14, color: "#1d2733" },
      color: { background: "#8fb3de", border: "#2f6db5",
               highlight: { background: "#f5b041", border: "#b9770e" } },
      borderWidth: 1.5
    },
    edges: { width: 1.6, smooth: { type: "continuous" } },
    interaction: { hover: true, navigationButtons: true, keyboard: true, tooltipDelay: 120 },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 250 } }
  });
  network.on("click", function (params) {
    if (params.nodes.length) {
      window.location.href = "/person/" + encodeURIComponent(params.nodes[0]);
    }
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = "default"; });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    network.fit();
    container.setAttribute("data-ready", "true");
  });

  var legend = document.getElementById("edge-legend");
  if (legend) { types.forEach(function (type) {
    var item = document.createElement("li");
    var swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour(type);
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(" " + type));
    legend.appendChild(item);
  }); }
  window.prosographNetwork = network;  // for the browser tests and the curious
})();
