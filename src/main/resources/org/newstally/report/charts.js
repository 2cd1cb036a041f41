// Draws the report's charts from DATA (inlined by ReportPage). SVG renderer: crisp when zoomed or printed, and a
// browser test can check each chart drew by looking for its <svg>. No animation, so a screenshot is the final state.
(function () {
  'use strict';
  const esc = s => String(s == null ? '' : s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
  const charts = [];
  function draw(id, option, rows) {
    const el = document.getElementById(id);
    if (!el) { return; }
    if (!rows || rows.length === 0) { el.classList.add('empty'); el.textContent = 'No rows in the tables for this chart.'; return; }
    const chart = echarts.init(el, null, {renderer: 'svg'});
    chart.setOption(Object.assign({animation: false, grid: {left: 60, right: 30, top: 50, bottom: 60, containLabel: true}}, option));
    charts.push(chart);
  }
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));

  // Strikes per night: one bar group per night, series per direction x weapon x measure
  const nights = DATA.nights || [];
  const evidence = {};
  (DATA.evidence || []).forEach(e => {
    const k = e.night_end + '|' + e.attacker + '|' + e.target;
    (evidence[k] = evidence[k] || []).push(e);
  });
  const days = Array.from(new Set(nights.map(n => n.night_end).concat((DATA.reference || []).map(r => r.night_end)))).sort();
  const directions = Array.from(new Set(nights.map(n => n.attacker + ' → ' + n.target)));
  const measures = [['drones_launched', 'drones launched'], ['drones_downed', 'drones downed'],
                    ['missiles_launched', 'missiles launched'], ['missiles_downed', 'missiles downed']];
  const byKey = {};
  nights.forEach(n => { byKey[n.night_end + '|' + n.attacker + ' → ' + n.target] = n; });
  const series = [];
  directions.forEach(d => measures.forEach(([col, label]) => {
    const data = days.map(day => { const n = byKey[day + '|' + d]; return n && n[col] != null ? n[col] : null; });
    if (data.some(v => v != null)) {
      series.push({name: (directions.length > 1 ? d + ': ' : '') + label, type: 'bar', stack: d + label.split(' ')[0],
                   data: data, barMaxWidth: 18});
    }
  }));
  const conflicting = nights.filter(n => n.conflicting).map(n => [n.night_end, Math.max(n.drones_launched || 0, n.missiles_launched || 0)]);
  if (conflicting.length) {
    series.push({name: 'conflicting night', type: 'scatter', symbol: 'diamond', symbolSize: 12, itemStyle: {color: '#d62728'}, data: conflicting});
  }
  if (DATA.reference) {
    series.push({name: 'reference: drones launched', type: 'line', step: 'middle', connectNulls: false,
                 data: days.map(day => { const r = DATA.reference.find(x => x.night_end === day); return r ? r.drones_launched : null; })});
    series.push({name: 'reference: missiles launched', type: 'line', step: 'middle', connectNulls: false,
                 data: days.map(day => { const r = DATA.reference.find(x => x.night_end === day); return r ? r.missiles_launched : null; })});
  }
  function nightTooltip(params) {
    const day = params[0].axisValue;
    let html = '<b>' + esc(day) + '</b>';
    directions.forEach(d => {
      const n = byKey[day + '|' + d];
      if (!n) { return; }
      html += '<div class="tt-dir"><b>' + esc(d) + '</b>' + (n.conflicting ? ' <span class="conflict">◆ outlets disagree</span>' : '') +
        '<br>drones ' + (n.drones_launched ?? '–') + ' launched, ' + (n.drones_downed ?? '–') + ' downed' +
        (n.drones_lost != null ? ', ' + n.drones_lost + ' lost' : '') +
        '<br>missiles ' + (n.missiles_launched ?? '–') + ' launched, ' + (n.missiles_downed ?? '–') + ' downed' +
        '<br>' + n.n_articles + ' articles, ' + n.n_sources + ' sources';
      (evidence[day + '|' + n.attacker + '|' + n.target] || []).forEach(e => {
        html += '<div class="tt-ev">“' + esc(e.evidence.length > 220 ? e.evidence.slice(0, 217) + '…' : e.evidence) + '” — ' + esc(e.source) + '</div>';
      });
      html += '</div>';
    });
    return html;
  }
  draw('chart-strikes', {
    tooltip: {trigger: 'axis', confine: true, formatter: nightTooltip, extraCssText: 'max-width:520px;white-space:normal'},
    legend: {type: 'scroll', top: 0},
    xAxis: {type: 'category', data: days},
    yAxis: {type: 'value', name: 'count'},
    dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8}],
    series: series
  }, nights);

  // Meetings: one row per set of participants, a point per meeting; held filled, planned/cancelled hollow
  const meetings = DATA.meetings || [];
  const whos = Array.from(new Set(meetings.map(m => m.who))).sort();
  const statuses = Array.from(new Set(meetings.map(m => m.status))).sort((a, b) => (a === 'held' ? -1 : b === 'held' ? 1 : a.localeCompare(b)));
  draw('chart-meetings', {
    tooltip: {trigger: 'item', confine: true, formatter: p => {
      const m = p.data.m;
      return '<b>' + esc(m.date) + '</b> ' + esc(m.status) + '<br>' + esc(m.who) + '<br>' + esc(m.place || 'place not given') +
        (m.hours != null ? '<br>' + m.hours + ' h' : '') + '<br>' + m.reports + ' report' + (m.reports === 1 ? '' : 's');
    }},
    legend: {top: 0},
    grid: {left: 20, right: 30, top: 40, bottom: 60, containLabel: true},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: whos, axisLabel: {width: 360, overflow: 'truncate'}},
    dataZoom: [{type: 'inside', xAxisIndex: 0}, {type: 'slider', xAxisIndex: 0, height: 18, bottom: 8}],
    series: statuses.map(s => ({name: s, type: 'scatter', symbol: s === 'held' ? 'circle' : 'emptyCircle',
      symbolSize: m => 8 + Math.min(12, 2 * (m[2] || 0)),
      data: meetings.filter(m => m.status === s).map(m => ({value: [m.date, m.who, m.hours], m: m}))}))
  }, meetings);
  const meetingsEl = document.getElementById('chart-meetings');
  if (meetingsEl) { meetingsEl.style.height = Math.max(320, 60 + 22 * whos.length) + 'px'; charts.forEach(c => c.resize()); }

  const envoys = (DATA.envoys || []).slice().reverse();
  draw('chart-envoys', {
    tooltip: {trigger: 'item', formatter: p => { const e = envoys[p.dataIndex];
      return '<b>' + esc(e.envoy) + ' – ' + esc(e.counterpart) + '</b><br>' + e.meetings + ' held meetings, ' +
        esc(e.first_date || '?') + ' … ' + esc(e.last_date || '?') + (e.total_hours != null ? '<br>' + e.total_hours + ' h in all' : '') +
        '<br>' + esc(e.places); }},
    grid: {left: 20, right: 30, top: 20, bottom: 30, containLabel: true},
    xAxis: {type: 'value', name: 'held meetings', minInterval: 1},
    yAxis: {type: 'category', data: envoys.map(e => e.envoy + ' – ' + e.counterpart)},
    series: [{type: 'bar', data: envoys.map(e => e.meetings), barMaxWidth: 14}]
  }, envoys);
  const envoysEl = document.getElementById('chart-envoys');
  if (envoysEl) { envoysEl.style.height = Math.max(240, 50 + 18 * envoys.length) + 'px'; charts.forEach(c => c.resize()); }

  // Actors: stacked mentions per week
  const actors = DATA.actors || [];
  const weeks = Array.from(new Set(actors.map(a => a.week))).sort();
  const names = Array.from(new Set(actors.map(a => a.actor))).sort();
  draw('chart-actors', {
    tooltip: {trigger: 'axis', confine: true},
    legend: {type: 'scroll', top: 0},
    xAxis: {type: 'category', data: weeks, name: 'week of'},
    yAxis: {type: 'value', name: 'mentions'},
    series: names.map(n => ({name: n, type: 'bar', stack: 'mentions',
      data: weeks.map(w => { const a = actors.find(x => x.week === w && x.actor === n); return a ? a.mentions : 0; })}))
  }, actors);

  // Input quality: read = accepted + rejected per file, and rejected by reason
  const files = DATA.files || [];
  const short = f => f.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '…/');
  draw('chart-files', {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: p => { const f = files[p[0].dataIndex];
      return '<b>' + esc(f.file) + '</b><br>read ' + f.read + ' = ' + f.accepted + ' accepted + ' + f.rejected + ' rejected'; }},
    legend: {top: 0},
    grid: {left: 20, right: 30, top: 30, bottom: 30, containLabel: true},
    xAxis: {type: 'value', name: 'records', minInterval: 1},
    yAxis: {type: 'category', data: files.map(f => short(f.file))},
    series: [{name: 'accepted', type: 'bar', stack: 'read', data: files.map(f => f.accepted)},
             {name: 'rejected', type: 'bar', stack: 'read', data: files.map(f => f.rejected), itemStyle: {color: '#d62728'}}]
  }, files);
  const reasons = DATA.reasons || [];
  draw('chart-reasons', {
    tooltip: {trigger: 'item'},
    grid: {left: 20, right: 30, top: 20, bottom: 30, containLabel: true},
    xAxis: {type: 'value', name: 'records', minInterval: 1},
    yAxis: {type: 'category', data: reasons.map(r => r.reason + (r.severity === 'warning' ? ' (kept, warning)' : ''))},
    series: [{type: 'bar', data: reasons.map(r => r.n), barMaxWidth: 16, itemStyle: {color: '#ff7f0e'}}]
  }, reasons);
  document.body.dataset.chartsDrawn = String(charts.length);
})();
