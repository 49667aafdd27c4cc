// Filter the people list on the home page as the user types (the table works without it).
(function () {
  "use strict";
  var input = document.getElementById("people-filter");
  var table = document.getElementById("people");
  if (!input || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var name = row.getAttribute("data-name") || "";
      row.hidden = !words.every(function (w) { return name.indexOf(w) !== -1; });
    });
  });
})();
