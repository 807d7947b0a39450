/* dyadlab report charts: reads the chart data from the JSON block and draws each chart with ECharts.
 * Every string in the data is untrusted: it goes into ECharts as data (drawn as canvas text), and through esc()
 * wherever ECharts would treat it as HTML (tooltips). No code is built from the data. */
(function () {
  'use strict';
  var holder = document.getElementById('report-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.textContent);
  var MISSING = '\u2013';
  var FONT = 'Helvetica, Arial, sans-serif';
  var BAND_FILLS = ['rgba(31,59,115,0.07)', 'rgba(184,134,11,0.08)'];
  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
      return ESCAPES[c];
    });
  }

  function isNum(v) {
    return typeof v === 'number' && isFinite(v);
  }

  /* Numbers as the tables print them: thousands separators from 1,000, fewer decimals as values grow. */
  function num(v) {
    if (!isNum(v)) {
      return MISSING;
    }
    var a = Math.abs(v);
    var digits = a >= 999.5 ? 0 : a >= 99.995 ? 1 : 2;
    if (a === 0) {
      return '0';
    }
    if (a < 0.00995) {
      return String(Number(v.toPrecision(3)));
    }
    return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  /* A Goldstein weight: signed, one decimal. */
  function weight(v) {
    return isNum(v) ? (v > 0 ? '+' : '') + v.toFixed(1) : MISSING;
  }

  function orEmpty(v) {
    return isNum(v) ? v : '-';
  }

  function base(extra) {
    var option = {
      animation: false,
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'item', confine: true, extraCssText: 'max-width:360px;white-space:normal;' }
    };
    for (var key in extra) {
      if (Object.prototype.hasOwnProperty.call(extra, key)) {
        option[key] = extra[key];
      }
    }
    return option;
  }

  function timeline(spec) {
    var names = spec.factors.map(function (f) { return f.name; });
    var series = spec.factors.map(function (f, row) {
      return {
        name: f.name,
        type: 'scatter',
        itemStyle: { color: f.colour, opacity: 0.85 },
        symbolSize: function (value) {
          return 6 + Math.min(8, Math.abs(isNum(value[2]) ? value[2] : 0));
        },
        data: spec.events.filter(function (e) { return e.factor === f.id; }).map(function (e) {
          return { value: [e.date, row, orEmpty(e.goldstein)], event: e };
        })
      };
    });
    return base({
      grid: { left: 120, right: 24, top: 16, bottom: 56 },
      legend: { type: 'scroll', bottom: 0 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      tooltip: {
        trigger: 'item', confine: true, extraCssText: 'max-width:360px;white-space:normal;',
        formatter: function (p) {
          var e = p.data && p.data.event;
          if (!e) {
            return esc(p.seriesName);
          }
          return '<b>' + esc(e.shownDate) + '</b> ' + esc(e.actors) + '<br>' + esc(e.code) + ' ' + esc(e.label)
            + ' (Goldstein ' + weight(e.goldstein) + ')<br>' + esc(e.theme) + '<br>' + esc(e.description);
        }
      },
      series: series
    });
  }

  function relations(spec) {
    var factorOf = {};
    spec.factors.forEach(function (f) { factorOf[f.id] = f; });
    var series = spec.lines.map(function (line) {
      return {
        name: line.name,
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        symbol: 'circle',
        symbolSize: 4,
        connectNulls: false,
        itemStyle: { color: line.colour },
        lineStyle: { width: 1.6 },
        data: line.points.map(function (p) {
          return { value: [p.date, orEmpty(p.value)], point: p };
        })
      };
    });
    if (series.length === 0) {
      series.push({ name: '', type: 'line', xAxisIndex: 0, yAxisIndex: 0, data: [] });
    }
    series[0].markArea = {
      silent: false,
      label: { position: 'insideTop', fontSize: 10, color: '#555' },
      data: spec.bands.map(function (b, i) {
        return [{ name: b.name, xAxis: b.start, itemStyle: { color: BAND_FILLS[i % BAND_FILLS.length] } },
          { xAxis: b.end }];
      })
    };
    series[0].markLine = {
      symbol: ['none', 'none'],
      lineStyle: { color: '#8B0000', type: 'dashed', width: 1.2 },
      label: { formatter: '{b}', color: '#8B0000', fontSize: 10, position: 'insideEndTop' },
      data: spec.breaks.map(function (b) {
        return { name: b.label, xAxis: b.date };
      })
    };
    var markerFactors = [];
    spec.markers.forEach(function (m) {
      if (markerFactors.indexOf(m.factor) < 0) {
        markerFactors.push(m.factor);
      }
    });
    markerFactors.forEach(function (id) {
      var f = factorOf[id] || { name: id, colour: '#777777' };
      series.push({
        name: 'events: ' + f.name,
        type: 'scatter',
        xAxisIndex: 1,
        yAxisIndex: 1,
        symbolSize: 8,
        itemStyle: { color: f.colour, opacity: 0.85 },
        data: spec.markers.filter(function (m) { return m.factor === id; }).map(function (m) {
          return { value: [m.date, 0], marker: m };
        })
      });
    });
    var time = { type: 'time', min: spec.start, max: spec.end };
    return base({
      grid: [{ left: 64, right: 24, top: 28, bottom: 110 }, { left: 64, right: 24, height: 22, bottom: 52 }],
      legend: { type: 'scroll', bottom: 0 },
      xAxis: [copy(time, { gridIndex: 0 }), copy(time, { gridIndex: 1, axisLabel: { show: false },
        axisTick: { show: false }, splitLine: { show: false } })],
      yAxis: [{ type: 'value', gridIndex: 0, name: spec.yLabel, nameLocation: 'middle', nameGap: 44 },
        { type: 'category', gridIndex: 1, data: ['events'], axisTick: { show: false } }],
      tooltip: {
        trigger: 'item', confine: true, extraCssText: 'max-width:360px;white-space:normal;',
        formatter: function (p) {
          var d = p.data || {};
          if (p.componentType === 'markLine' || p.componentType === 'markArea') {
            return esc(p.name);
          }
          if (d.marker) {
            return '<b>' + esc(d.marker.date) + '</b><br>' + esc(d.marker.label);
          }
          if (d.point) {
            return esc(p.seriesName) + '<br>' + esc(d.point.date) + ': ' + num(d.point.value) + ' (n = '
              + esc(d.point.n) + ')';
          }
          return esc(p.seriesName);
        }
      },
      series: series
    });
  }

  function copy(a, b) {
    var out = {};
    var k;
    for (k in a) { if (Object.prototype.hasOwnProperty.call(a, k)) { out[k] = a[k]; } }
    for (k in b) { if (Object.prototype.hasOwnProperty.call(b, k)) { out[k] = b[k]; } }
    return out;
  }

  /** Axis labels that fit: 1.5 bn, 250 M, 12 k. */
  function compact(v) {
    var a = Math.abs(v);
    if (a >= 1e9) { return (v / 1e9).toFixed(a >= 1e10 ? 0 : 1) + ' bn'; }
    if (a >= 1e6) { return (v / 1e6).toFixed(a >= 1e7 ? 0 : 1) + ' M'; }
    if (a >= 1e4) { return (v / 1e3).toFixed(0) + ' k'; }
    return String(v);
  }

  function indicator(spec) {
    return base({
      grid: { left: 72, right: 24, top: 24, bottom: 64 },
      legend: { type: 'scroll', bottom: 0 },
      xAxis: { type: 'category', data: spec.labels },
      yAxis: { type: 'value', name: spec.unit, nameLocation: 'middle', nameGap: 52,
        axisLabel: { formatter: compact } },
      tooltip: {
        trigger: 'axis', confine: true,
        formatter: function (params) {
          var list = Array.isArray(params) ? params : [params];
          var out = list.length ? '<b>' + esc(list[0].name) + '</b>' : '';
          list.forEach(function (p) {
            var v = Array.isArray(p.value) ? p.value[1] : p.value;
            out += '<br>' + esc(p.seriesName) + ': ' + num(typeof v === 'number' ? v : null);
          });
          return out;
        }
      },
      series: spec.series.map(function (s) {
        var one = {
          name: s.name,
          type: spec.type === 'bar' ? 'bar' : 'line',
          connectNulls: false,
          itemStyle: { color: s.colour },
          data: s.values.map(orEmpty)
        };
        if (spec.type === 'step') {
          one.step = 'end';
        }
        return one;
      })
    });
  }

  function intervals(spec) {
    var colour = '#1F3B73';
    var periods = spec.rows.map(function (r) { return r.period; });
    return base({
      grid: { left: 160, right: 32, top: 12, bottom: 32 },
      xAxis: { type: 'value', scale: true, axisLabel: { formatter: compact } },
      yAxis: { type: 'category', data: periods, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) {
          var r = spec.rows[p.dataIndex];
          if (!r) {
            return '';
          }
          return '<b>' + esc(r.period) + '</b><br>' + num(r.value) + ' [' + num(r.low) + ', ' + num(r.high)
            + ']<br>units: ' + esc(r.units) + '; ' + esc(r.method);
        }
      },
      series: [{
        type: 'custom',
        name: 'interval',
        encode: { x: [1, 2], y: 0 },
        data: spec.rows.map(function (r, i) { return [i, orEmpty(r.low), orEmpty(r.high)]; }),
        renderItem: function (params, api) {
          var low = api.value(1);
          var high = api.value(2);
          if (!isNum(low) || !isNum(high)) {
            return null;
          }
          var a = api.coord([low, api.value(0)]);
          var b = api.coord([high, api.value(0)]);
          var style = { stroke: colour, lineWidth: 1.5 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style: style },
              { type: 'line', shape: { x1: a[0], y1: a[1] - 5, x2: a[0], y2: a[1] + 5 }, style: style },
              { type: 'line', shape: { x1: b[0], y1: b[1] - 5, x2: b[0], y2: b[1] + 5 }, style: style }
            ]
          };
        }
      }, {
        type: 'scatter',
        name: 'estimate',
        symbolSize: 9,
        itemStyle: { color: colour },
        data: spec.rows.map(function (r, i) { return [orEmpty(r.value), i]; })
      }]
    });
  }

  var builders = { timeline: timeline, series: relations, indicator: indicator, intervals: intervals };
  var drawn = [];
  data.charts.forEach(function (spec) {
    var el = document.getElementById(spec.id);
    if (!el || !Object.prototype.hasOwnProperty.call(builders, spec.kind)) {
      return;
    }
    try {
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(builders[spec.kind](spec));
      drawn.push(chart);
    } catch (e) {
      console.error('chart ' + spec.id + ' could not be drawn: ' + e);
    }
  });
  window.addEventListener('resize', function () {
    drawn.forEach(function (c) { c.resize(); });
  });
})();
