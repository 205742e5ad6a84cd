// Dossier reading room: show the record of a highlight on hover or selection, zoom and pan timelines.
// No HTML is built from data here: records are rendered (escaped) by the server and only shown or hidden.
(function () {
  'use strict';

  function showRecords(refs) {
    var box = document.getElementById('records');
    if (!box) { return; }
    box.querySelectorAll('.record').forEach(function (r) { r.hidden = true; });
    var hint = box.querySelector('.hint');
    var any = false;
    refs.forEach(function (ref) {
      var r = document.getElementById('rec-' + ref);
      if (r) { r.hidden = false; any = true; }
    });
    if (hint) { hint.hidden = any; }
  }

  function select(el) {
    document.querySelectorAll('#text .selected').forEach(function (s) { s.classList.remove('selected'); });
    var refs = el.getAttribute('data-refs').split(' ');
    document.querySelectorAll('#text [data-refs]').forEach(function (s) {
      var theirs = s.getAttribute('data-refs').split(' ');
      if (theirs.some(function (r) { return refs.indexOf(r) >= 0; })) { s.classList.add('selected'); }
    });
    showRecords(refs);
  }

  var text = document.getElementById('text');
  if (text) {
    text.addEventListener('mouseover', function (e) {
      var el = e.target.closest('[data-refs]');
      if (el) { showRecords(el.getAttribute('data-refs').split(' ')); }
    });
    text.addEventListener('click', function (e) {
      var el = e.target.closest('[data-refs]');
      if (el) { select(el); }
    });
    text.addEventListener('keydown', function (e) {
      var el = e.target.closest('[data-refs]');
      if (el && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); select(el); }
    });
    text.addEventListener('focusin', function (e) {
      var el = e.target.closest('[data-refs]');
      if (el) { showRecords(el.getAttribute('data-refs').split(' ')); }
    });
  }

  // Timelines: items carry their position t in [0, 1]; the view is [lo, hi] of that range.
  document.querySelectorAll('.chart').forEach(function (chart) {
    var svg = chart.querySelector('svg');
    var width = Number(chart.getAttribute('data-width'));
    var view = { lo: 0, hi: 1 };
    function draw() {
      var k = width / (view.hi - view.lo);
      svg.querySelectorAll('[data-t]').forEach(function (g) {
        var x = (Number(g.getAttribute('data-t')) - view.lo) * k;
        var y = g.getAttribute('transform').replace(/^translate\([^,]*,([^)]*)\)$/, '$1');
        g.setAttribute('transform', 'translate(' + x.toFixed(1) + ',' + y + ')');
        g.classList.toggle('off', x < -10 || x > width + 10);
      });
    }
    function zoom(factor, at) {
      var span = view.hi - view.lo;
      var centre = view.lo + span * (at === undefined ? 0.5 : at);
      var next = Math.min(1.2, Math.max(0.0005, span * factor));
      view.lo = centre - next * (at === undefined ? 0.5 : at);
      view.hi = view.lo + next;
      draw();
    }
    chart.querySelectorAll('[data-zoom]').forEach(function (b) {
      b.addEventListener('click', function () {
        var z = b.getAttribute('data-zoom');
        if (z === 'in') { zoom(0.5); } else if (z === 'out') { zoom(2); } else { view = { lo: 0, hi: 1 }; draw(); }
      });
    });
    svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      var box = svg.getBoundingClientRect();
      zoom(e.deltaY < 0 ? 0.8 : 1.25, (e.clientX - box.left) / box.width);
    }, { passive: false });
    var drag = null;
    svg.addEventListener('mousedown', function (e) { drag = { x: e.clientX, lo: view.lo, hi: view.hi }; });
    window.addEventListener('mouseup', function () { drag = null; });
    window.addEventListener('mousemove', function (e) {
      if (!drag) { return; }
      var box = svg.getBoundingClientRect();
      var shift = (e.clientX - drag.x) / box.width * (drag.hi - drag.lo);
      view.lo = drag.lo - shift;
      view.hi = drag.hi - shift;
      draw();
    });
  });
})();
