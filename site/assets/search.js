/* Briefing search: runs in the page, no server, also from file://.
   The index is window.BRIEFING_SEARCH, loaded by search-index.js: a list of
   [kind, title, url, detail, text]. Every query word must start a word of
   the item; titles count most. Results are built with textContent only. */
(function () {
  "use strict";
  var KIND_WEIGHT = { Thread: 4, Person: 3, Organisation: 3, Place: 2, Article: 1, Quote: 0 };
  var MAX_RESULTS = 50;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  var items = window.BRIEFING_SEARCH;
  if (!form || !input || !list || !status) return;
  if (!Array.isArray(items)) {
    status.textContent = "The search index (search-index.js) did not load; use the A–Z index below.";
    return;
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Inverted index: every word → the items it occurs in; a sorted vocabulary
  // finds all words with a given prefix by binary search.
  var postings = new Map();
  var titleWords = [];
  items.forEach(function (item, id) {
    titleWords.push(new Set(words(item[1])));
    words(item[1] + " " + item[3] + " " + item[4]).forEach(function (w) {
      var ids = postings.get(w);
      if (!ids) postings.set(w, (ids = []));
      if (ids[ids.length - 1] !== id) ids.push(id);
    });
  });
  var vocabulary = Array.from(postings.keys()).sort();

  function matching(prefix) {
    var lo = 0, hi = vocabulary.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (vocabulary[mid] < prefix) lo = mid + 1; else hi = mid; }
    var ids = new Set();
    for (var i = lo; i < vocabulary.length && vocabulary[i].startsWith(prefix); i++) {
      postings.get(vocabulary[i]).forEach(function (id) { ids.add(id); });
    }
    return ids;
  }

  function titleScore(id, token) {
    var score = 0;
    titleWords[id].forEach(function (w) {
      if (w === token) score = Math.max(score, 3);
      else if (w.startsWith(token)) score = Math.max(score, 2);
    });
    return score;
  }

  function search(query) {
    var tokens = words(query);
    if (!tokens.length) return [];
    var sets = tokens.map(matching).sort(function (a, b) { return a.size - b.size; });
    var hits = [];
    sets[0].forEach(function (id) {
      if (sets.every(function (s) { return s.has(id); })) hits.push(id);
    });
    return hits.map(function (id) {
      var score = KIND_WEIGHT[items[id][0]] || 0;
      tokens.forEach(function (t) { score += 2 * titleScore(id, t); });
      return { id: id, score: score };
    }).sort(function (a, b) { return b.score - a.score || a.id - b.id; });
  }

  function show(query) {
    var started = performance.now();
    var hits = search(query);
    var ms = performance.now() - started;
    list.textContent = "";
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var item = items[hit.id];
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = item[0];
      var link = document.createElement("a");
      link.href = item[2];
      link.textContent = item[1];
      li.appendChild(kind);
      li.appendChild(link);
      if (item[3]) {
        var detail = document.createElement("span");
        detail.className = "meta";
        detail.textContent = item[3];
        li.appendChild(detail);
      }
      list.appendChild(li);
    });
    var q = query.trim();
    status.textContent = q ? hits.length + (hits.length === 1 ? " result" : " results") + " for “" + q + "”" +
      (hits.length > MAX_RESULTS ? ", the first " + MAX_RESULTS + " shown" : "") : "";
    window.briefingLastSearch = { query: q, results: hits.length, ms: ms };
  }

  function results() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); show(input.value); });
  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && results().length) { event.preventDefault(); results()[0].focus(); }
    if (event.key === "Escape") { input.value = ""; show(""); }
  });
  list.addEventListener("keydown", function (event) {
    var links = results(), at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input) { event.preventDefault(); input.focus(); }
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
  input.focus();
})();
