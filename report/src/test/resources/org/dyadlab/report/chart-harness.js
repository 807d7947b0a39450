// Runs the chart script of a report page under Node with the page's own inlined ECharts, rendering every chart
// server-side (SVG), and calls every tooltip formatter on every data item. Fails (exit 1) on any exception or
// console error/warning, or when a tooltip contains markup that came from the data unescaped.
// Usage: node chart-harness.js report.html
'use strict';
const fs = require('fs');
const vm = require('vm');

const html = fs.readFileSync(process.argv[2], 'utf8');
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(m => ({ attrs: m[1], text: m[2] }));
const json = scripts.find(s => /type="application\/json"/.test(s.attrs));
const code = scripts.filter(s => !/type=/.test(s.attrs));
if (!json || code.length !== 2) {
  console.log('expected one JSON block and two scripts, found ' + scripts.length + ' script elements');
  process.exit(1);
}
const problems = [];
const quietConsole = {
  log: () => {},
  info: () => {},
  warn: (...a) => problems.push('console.warn: ' + a.join(' ')),
  error: (...a) => problems.push('console.error: ' + a.join(' '))
};
const context = vm.createContext({ console: quietConsole, setTimeout, clearTimeout, Math, Date, JSON });
vm.runInContext(code[0].text, context, { filename: 'echarts.min.js' });
const echarts = context.echarts;
if (!echarts || typeof echarts.init !== 'function') {
  console.log('ECharts did not load');
  process.exit(1);
}

// No canvas under Node: ECharts measures text by estimate.
echarts.setPlatformAPI({ createCanvas: () => null });
const short = e => String(e && e.stack || e).slice(0, 400);
const elements = {};
const drawn = [];
context.document = {
  getElementById: id => id === 'report-data' ? { textContent: json.text } : (elements[id] = elements[id] || { id })
};
context.window = { addEventListener: () => {} };
context.echarts = {
  init: (el) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 420 });
    const setOption = chart.setOption.bind(chart);
    chart.setOption = (option) => { setOption(option); drawn.push({ id: el.id, chart, option }); };
    return chart;
  }
};
try {
  vm.runInContext(code[1].text, context, { filename: 'charts.js' });
} catch (e) {
  problems.push('chart script threw: ' + short(e));
}

const forbidden = /<(?!br>|\/b>|b>)[a-z!\/]/i;  // any tag other than our <br> and <b>
let tooltips = 0;
for (const d of drawn) {
  let svg = '';
  try {
    svg = d.chart.renderToSVGString();
  } catch (e) {
    problems.push(d.id + ': rendering threw: ' + short(e));
  }
  if (process.env.HARNESS_SVG_DIR) {
    fs.writeFileSync(process.env.HARNESS_SVG_DIR + '/' + d.id + '.svg', svg);
  }
  if (svg.length < 200) {
    problems.push(d.id + ': rendered SVG is empty');
  }
  const formatter = d.option.tooltip && d.option.tooltip.formatter;
  if (typeof formatter !== 'function') {
    problems.push(d.id + ': no tooltip formatter');
    continue;
  }
  const calls = [];
  d.option.series.forEach((s, si) => {
    (s.data || []).forEach((item, i) => {
      const value = item && item.value !== undefined ? item.value : item;
      const params = { componentType: 'series', seriesName: s.name, seriesIndex: si, dataIndex: i, data: item,
        value, name: Array.isArray(d.option.xAxis) ? '' : (d.option.xAxis.data || [])[i], marker: '' };
      calls.push(d.option.tooltip.trigger === 'axis' ? [params] : params);
    });
    ['markLine', 'markArea'].forEach(kind => {
      ((s[kind] && s[kind].data) || []).forEach(item => {
        const first = Array.isArray(item) ? item[0] : item;
        calls.push({ componentType: kind, name: first.name, data: first });
      });
    });
  });
  for (const params of calls) {
    let out;
    try {
      out = formatter(params);
    } catch (e) {
      problems.push(d.id + ': tooltip formatter threw: ' + short(e));
      continue;
    }
    tooltips++;
    if (typeof out !== 'string' || forbidden.test(out)) {
      problems.push(d.id + ': tooltip with unescaped markup: ' + out);
    }
  }
}
const ids = JSON.parse(json.text).charts.map(c => c.id);
for (const id of ids) {
  if (!drawn.some(d => d.id === id)) {
    problems.push(id + ': not drawn');
  }
}
console.log(JSON.stringify({ charts: drawn.length, tooltips, problems }));
process.exit(problems.length ? 1 : 0);
