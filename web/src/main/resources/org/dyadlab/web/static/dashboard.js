/* dyadlab dashboard: draws the charts from the JSON API, turns a click on a chart point into the drill-down to its
 * events, and turns a text selection in a document into offsets for the coding form.
 * Every string from the data is untrusted: it reaches the page only through textContent, ECharts' canvas text, or
 * esc() where ECharts treats a string as HTML (tooltips). No code is built from the data; nothing is eval'ed. */
(function () {
  'use strict';
  var PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D00', '#000000'];
  var BAND_FILLS = ['rgba(31,59,115,0.07)', 'rgba(184,134,11,0.09)'];
  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  var DAY = 86400000;

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }

  function isNum(v) {
    return typeof v === 'number' && isFinite(v);
  }

  function fmt(v, digits) {
    return isNum(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits }) : '\u2013';
  }

  /* The day before an ISO date (intervals end exclusively; the drill-down's "to" is inclusive). */
  function dayBefore(iso) {
    var p = iso.split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2]) - DAY).toISOString().slice(0, 10);
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body && body.message ? body.message : 'request failed (' + r.status + ')');
        }
        return body;
      });
    });
  }

  function message(el, text) {
    el.textContent = '';
    var p = document.createElement('p');
    p.className = 'chart-message';
    p.textContent = text;
    el.appendChild(p);
  }

  function newChart(el) {
    var c = echarts.init(el, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }

  function withParams(base, params) {
    var url = new URL(base, window.location.origin);
    Object.keys(params).forEach(function (k) {
      if (params[k] === null || params[k] === undefined || params[k] === '') {
        url.searchParams.delete(k);
      } else {
        url.searchParams.set(k, params[k]);
      }
    });
    return url.pathname + url.search;
  }

  /* ---- relations index ---- */

  function relations(el) {
    Promise.all([getJson(el.dataset.series), getJson(el.dataset.breaks)]).then(function (res) {
      drawRelations(el, res[0], res[1]);
    }).catch(function (e) { message(el, 'The series could not be drawn: ' + e.message); });
  }

  function drawRelations(el, s, b) {
    if (s.points.length === 0) {
      message(el, 'No events of ' + s.dyad + ' in this range.');
      return;
    }
    var last = s.points[s.points.length - 1].end;
    var first = s.points[0].start;
    var factors = [];
    s.markers.forEach(function (m) { if (factors.indexOf(m.factor) < 0) { factors.push(m.factor); } });
    var line = {
      name: s.metric, type: 'line', xAxisIndex: 0, yAxisIndex: 0, symbol: 'circle', symbolSize: 7,
      connectNulls: false, itemStyle: { color: '#1f3b73' }, lineStyle: { width: 1.6 },
      data: s.points.map(function (p) {
        return { value: [p.start, isNum(p.value) ? p.value : '-'], point: p };
      }),
      markArea: {
        silent: true, label: { position: 'insideTop', fontSize: 10, color: '#555' },
        data: s.periods.filter(function (p) { return p.start < last && (p.end === null || p.end > first); })
          .map(function (p, i) {
            return [{ name: p.name, xAxis: p.start < first ? first : p.start, itemStyle: { color: BAND_FILLS[i % 2] } },
              { xAxis: p.end === null || p.end > last ? last : p.end }];
          })
      },
      markLine: {
        silent: true, symbol: ['none', 'none'], lineStyle: { color: '#8B0000', type: 'dashed', width: 1.2 },
        label: { formatter: '{b}', color: '#8B0000', fontSize: 10, position: 'insideEndTop' },
        data: b.breaks.map(function (k) {
          return { name: 'break ' + k.date + (isNum(k.confidence) ? ' (' + fmt(k.confidence, 2) + ')' : ''), xAxis: k.date };
        })
      }
    };
    var series = [line];
    factors.forEach(function (f, i) {
      series.push({
        name: 'key events: ' + f, type: 'scatter', xAxisIndex: 1, yAxisIndex: 1, symbolSize: 9,
        itemStyle: { color: PALETTE[i % PALETTE.length] },
        data: s.markers.filter(function (m) { return m.factor === f; }).map(function (m) {
          return { value: [m.date, 0], marker: m };
        })
      });
    });
    var chart = newChart(el);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
      legend: { type: 'scroll', bottom: 0 },
      grid: [{ left: 60, right: 24, top: 24, bottom: 100 }, { left: 60, right: 24, height: 24, bottom: 44 }],
      xAxis: [{ type: 'time', min: first, max: last }, { type: 'time', gridIndex: 1, min: first, max: last,
        axisLabel: { show: false }, axisTick: { show: false } }],
      yAxis: [{ type: 'value', name: s.metricDescription, nameTextStyle: { align: 'left' }, scale: true },
        { type: 'value', gridIndex: 1, show: false, min: -1, max: 1 }],
      tooltip: {
        trigger: 'item', confine: true, extraCssText: 'max-width:360px;white-space:normal;',
        formatter: function (p) {
          if (p.data && p.data.point) {
            var q = p.data.point;
            return '<b>' + esc(q.start) + ' \u2013 ' + esc(dayBefore(q.end)) + '</b><br>' + esc(s.metric) + ': '
              + fmt(q.value, 3) + '<br>' + esc(q.events) + ' events \u2013 click to list them';
          }
          if (p.data && p.data.marker) {
            return '<b>' + esc(p.data.marker.date) + '</b> ' + esc(p.data.marker.label);
          }
          return esc(p.seriesName);
        }
      },
      series: series
    });
    chart.on('click', function (p) {
      if (p.data && p.data.point && p.data.point.events > 0) {
        window.location.assign(withParams(el.dataset.events, { from: p.data.point.start, to: dayBefore(p.data.point.end) }));
      } else if (p.data && p.data.marker) {
        window.location.assign(withParams('/event', { id: p.data.marker.eventId }));
      }
    });
    el.dataset.drawn = 'true';
  }

  /* ---- chronology timeline ---- */

  function timeline(el) {
    getJson(el.dataset.api).then(function (body) {
      var entries = body.entries;
      if (entries.length === 0) {
        message(el, 'No chronology events match.');
        return;
      }
      var factors = [];
      entries.forEach(function (e) { if (factors.indexOf(e.factor) < 0) { factors.push(e.factor); } });
      var chart = newChart(el);
      chart.setOption({
        animation: false,
        grid: { left: 100, right: 24, top: 16, bottom: 40 },
        xAxis: { type: 'time' },
        yAxis: { type: 'category', data: factors, inverse: true },
        tooltip: {
          trigger: 'item', confine: true, extraCssText: 'max-width:360px;white-space:normal;',
          formatter: function (p) {
            var e = p.data.entry;
            return '<b>' + esc(e.date) + '</b> ' + esc(e.source) + ' \u2192 ' + esc(e.target) + '<br>' + esc(e.code)
              + ' ' + esc(e.codeLabel) + '<br>' + esc(e.description);
          }
        },
        series: factors.map(function (f, row) {
          return {
            name: f, type: 'scatter', symbolSize: 10, itemStyle: { color: PALETTE[row % PALETTE.length], opacity: 0.85 },
            data: entries.filter(function (e) { return e.factor === f; }).map(function (e) {
              return { value: [e.date, row], entry: e };
            })
          };
        })
      });
      chart.on('click', function (p) {
        var target = document.getElementById('entry-' + p.data.entry.id);
        if (target) {
          target.scrollIntoView({ block: 'center' });
          target.classList.add('flash');
        }
      });
      el.dataset.drawn = 'true';
    }).catch(function (e) { message(el, 'The timeline could not be drawn: ' + e.message); });
  }

  /* ---- indicator series ---- */

  function indicator(el) {
    getJson(el.dataset.api).then(function (s) {
      if (s.values.length === 0) {
        message(el, 'No values.');
        return;
      }
      var chart = newChart(el);
      chart.setOption({
        animation: false,
        title: { text: el.dataset.title, textStyle: { fontSize: 12 } },
        grid: { left: 70, right: 16, top: 36, bottom: 30 },
        xAxis: { type: 'category', data: s.values.map(function (v) { return v.label; }) },
        yAxis: { type: 'value', name: s.unit, scale: true },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return fmt(v, 3); } },
        series: [{ type: s.values.length > 40 ? 'line' : 'bar', data: s.values.map(function (v) { return v.value; }),
          itemStyle: { color: '#0072B2' } }]
      });
      el.dataset.drawn = 'true';
    }).catch(function (e) { message(el, 'The series could not be drawn: ' + e.message); });
  }

  /* ---- coding: a selection in the document becomes start and end offsets ---- */

  /* The document offset of a point of a selection: each segment holds one text node and its offset in data-s. */
  function offsetOf(root, node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      var seg = node.parentNode.closest('[data-s]');
      return seg && root.contains(seg) ? +seg.dataset.s + offset : null;
    }
    if (node === root) {
      var child = root.childNodes[offset];
      if (child && child.dataset) {
        return +child.dataset.s;
      }
      var lastSeg = root.lastElementChild;
      return lastSeg ? +lastSeg.dataset.s + lastSeg.textContent.length : null;
    }
    var el = node.closest ? node.closest('[data-s]') : null;
    if (el && root.contains(el)) {
      return offset === 0 ? +el.dataset.s : +el.dataset.s + el.textContent.length;
    }
    return null;
  }

  function coding(root) {
    var start = document.getElementById('code-start');
    var end = document.getElementById('code-end');
    var preview = document.getElementById('selection-preview');
    var coder = document.getElementById('code-coder');
    if (!start || !end) {
      return;
    }
    try {
      if (coder && !coder.value && window.localStorage.getItem('dyadlab.coder')) {
        coder.value = window.localStorage.getItem('dyadlab.coder');
      }
      if (coder) {
        coder.addEventListener('change', function () { window.localStorage.setItem('dyadlab.coder', coder.value); });
      }
    } catch (ignored) {
      /* storage may be unavailable; the coder types the name */
    }
    function update() {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
        return;
      }
      var range = sel.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) {
        return;
      }
      var a = offsetOf(root, range.startContainer, range.startOffset);
      var b = offsetOf(root, range.endContainer, range.endOffset);
      if (a === null || b === null || b <= a) {
        return;
      }
      start.value = a;
      end.value = b;
      var text = range.toString();
      preview.textContent = '\u201c' + (text.length > 300 ? text.slice(0, 297) + '\u2026' : text) + '\u201d (' + a + ':' + b + ')';
    }
    document.addEventListener('selectionchange', update);
    root.addEventListener('mouseup', update);
    root.addEventListener('keyup', update);
  }

  var DRAWERS = { relations: relations, timeline: timeline, indicator: indicator };

  function init(scope) {
    if (typeof echarts !== 'undefined') {
      scope.querySelectorAll('[data-chart]').forEach(function (el) {
        if (el.dataset.started) {
          return;
        }
        el.dataset.started = 'true';
        var draw = DRAWERS[el.dataset.chart];
        if (draw) {
          draw(el);
        }
      });
    }
    var doc = scope.querySelector ? scope.querySelector('#doc-text') : null;
    if (doc && !doc.dataset.coding) {
      doc.dataset.coding = 'true';
      coding(doc);
    }
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:load', function (e) { init(e.detail.elt.parentNode || document); });
}());
