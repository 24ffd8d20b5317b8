/* portreport: optional behaviour. Every page is complete without it; with it, readers get a
   search box, sortable tables and severity/team filters. No network: the search index is a local
   .js file loaded on first use, which also works from file://. Text from the report is only ever
   inserted with textContent, never as HTML. */
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  var order = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

  /* ---- Search ---------------------------------------------------------------------------- */
  function setUpSearch() {
    var form = document.querySelector("form.search");
    if (!form) return;
    var input = form.querySelector("input");
    var list = form.querySelector("ul");
    var status = form.querySelector(".search-status");
    form.hidden = false;
    var loading = false;
    function ensureIndex(then) {
      if (window.PORTREPORT_SEARCH) return then();
      if (loading) return;
      loading = true;
      var script = document.createElement("script");
      script.src = root + "search-index.js";
      script.onload = function () { then(); };
      script.onerror = function () { status.textContent = "The search index could not be loaded."; };
      document.head.appendChild(script);
    }
    function run() {
      var query = input.value.trim().toLowerCase();
      list.textContent = "";
      if (query.length < 2) { status.textContent = ""; return; }
      var terms = query.split(/\s+/);
      var hits = [];
      var index = window.PORTREPORT_SEARCH || [];
      for (var i = 0; i < index.length && hits.length < 50; i++) {
        var entry = index[i];
        var haystack = (entry[1] + " " + entry[2]).toLowerCase();
        var all = true;
        for (var t = 0; t < terms.length; t++) { if (haystack.indexOf(terms[t]) < 0) { all = false; break; } }
        if (all) hits.push(entry);
      }
      hits.forEach(function (entry) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + entry[3];
        link.textContent = entry[1];
        var kind = document.createElement("span");
        kind.className = "meta";
        kind.textContent = " " + entry[0];
        item.appendChild(link);
        item.appendChild(kind);
        list.appendChild(item);
      });
      status.textContent = hits.length === 0 ? "No match." : hits.length + (hits.length === 50 ? "+ matches" : " matches");
    }
    input.addEventListener("focus", function () { ensureIndex(function () {}); });
    input.addEventListener("input", function () { ensureIndex(run); });
    form.addEventListener("submit", function (event) { event.preventDefault(); ensureIndex(run); });
  }

  /* ---- Sortable tables ------------------------------------------------------------------- */
  function cellValue(row, column) {
    var cell = row.children[column];
    if (!cell) return "";
    var badge = cell.querySelector(".sev");
    if (badge) {
      var match = /sev-(\w+)/.exec(badge.className);
      if (match && match[1] in order) return order[match[1]];
    }
    var text = cell.textContent.trim();
    var number = Number(text.replace(/[^0-9.\-]/g, ""));
    return text !== "" && /^[\d.,\s-]+$/.test(text) && !isNaN(number) ? number : text.toLowerCase();
  }

  function makeSortable(table) {
    var head = table.tHead;
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(head.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(head.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, column), y = cellValue(b, column);
          var result = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  /* ---- Filters --------------------------------------------------------------------------- */
  function select(label, values, onChange) {
    var wrapper = document.createElement("label");
    wrapper.textContent = label + " ";
    var control = document.createElement("select");
    var any = document.createElement("option");
    any.value = "";
    any.textContent = "all";
    control.appendChild(any);
    values.forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      control.appendChild(option);
    });
    control.addEventListener("change", onChange);
    wrapper.appendChild(control);
    return { wrapper: wrapper, control: control };
  }

  function distinct(rows, attribute) {
    var seen = {};
    var values = [];
    rows.forEach(function (row) {
      var value = row.getAttribute(attribute);
      if (value && !seen[value]) { seen[value] = true; values.push(value); }
    });
    return values;
  }

  function makeFilterable(table) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    var severities = distinct(rows, "data-severity").sort(function (a, b) { return order[a] - order[b]; });
    var teams = distinct(rows, "data-team").sort();
    var bar = document.createElement("div");
    bar.className = "filters";
    var severity = severities.length > 1 ? select("Severity", severities, apply) : null;
    var team = teams.length > 1 ? select("Team", teams, apply) : null;
    if (!severity && !team) return;
    if (severity) bar.appendChild(severity.wrapper);
    if (team) bar.appendChild(team.wrapper);
    table.parentNode.insertBefore(bar, table);
    function apply() {
      rows.forEach(function (row) {
        var show = (!severity || !severity.control.value || row.getAttribute("data-severity") === severity.control.value)
          && (!team || !team.control.value || row.getAttribute("data-team") === team.control.value);
        row.hidden = !show;
      });
    }
  }

  /* A page-wide "at least this severity" filter for long team and host pages. */
  function setUpFindingFilter() {
    var place = document.querySelector("[data-finding-filter]");
    if (!place) return;
    var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding[data-severity]"));
    var levels = ["critical", "high", "medium", "low", "info"];
    var choice = select("Show findings of at least", levels, function () {
      var limit = choice.control.value ? order[choice.control.value] : 9;
      findings.forEach(function (item) { item.hidden = order[item.getAttribute("data-severity")] > limit; });
    });
    choice.wrapper.className = "filters";
    place.appendChild(choice.wrapper);
  }

  setUpSearch();
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
  Array.prototype.forEach.call(document.querySelectorAll("table[data-filterable]"), makeFilterable);
  setUpFindingFilter();
})();
