// Draw the people graph embedded in the page with vis-network (served from the pyvis package).
// Drag to move, scroll to zoom, click a person to open their page.
(function () {
  "use strict";
  var container = document.getElementById("network");
  var source = document.getElementById("graph-data");
  if (!container || !source || typeof vis === "undefined") { return; }
  var data = JSON.parse(source.textContent);
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
  // The server groups relations into families and decides colours and direction (relations.py).
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var first = (e.sources && e.sources[0]) ? e.sources[0].text || "" : "";
    var named = e.family === "named";
    return {
      id: i, from: e.source, to: e.target,
      title: e.label + (e.date ? " (" + e.date + ")" : "") + (first ? "\n" + first : ""),
      color: { color: e.colour, highlight: e.colour, hover: e.colour, opacity: named ? 0.6 : 0.85 },
      dashes: named,
      width: named ? 1 : 1.8,
      arrows: { to: { enabled: !!e.directed, scaleFactor: 0.5 } }
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
    edges: { smooth: { type: "continuous" } },
    interaction: { hover: true, navigationButtons: true, tooltipDelay: 120,
                   keyboard: { enabled: true, bindToWindow: false } },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300, fit: true },
               forceAtlas2Based: { avoidOverlap: 0.6 } }
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

  window.prosographNetwork = network;  // for the browser tests and the curious
})();
