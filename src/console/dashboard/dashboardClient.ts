/**
 * The dashboard's browser script, served as /console/dashboard/dashboard.js (a file, not inline, so
 * a strict Content-Security-Policy on the console still allows it). It reads the JSON the server
 * embedded and draws two Chart.js charts; `data-charts-ready` tells the browser test it is done.
 */
export const DASHBOARD_JS = `(() => {
  const data = JSON.parse(document.getElementById('dashboard-data').textContent);
  const pct = (v) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);
  const Chart = window.Chart;
  if (!Chart) { document.body.dataset.chartsReady = 'no-library'; return; }
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.animation = false;
  const line = (label, key, color) => ({
    type: 'line', label, data: data.days.map((d) => pct(d[key])), borderColor: color, backgroundColor: color,
    spanGaps: true, tension: 0.25, yAxisID: 'rate', pointRadius: 2,
  });
  new Chart(document.getElementById('rates-chart'), {
    data: {
      labels: data.days.map((d) => d.key.slice(5)),
      datasets: [
        line('响应率', 'responseRate', '#1565c0'),
        line('解决率', 'resolutionRate', '#2e7d32'),
        line('满意率', 'satisfactionRate', '#c62828'),
        { type: 'bar', label: '诉求量', data: data.days.map((d) => d.requests), backgroundColor: 'rgba(144,164,174,0.35)', yAxisID: 'count' },
      ],
    },
    options: {
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        rate: { position: 'left', min: 0, max: 100, title: { display: true, text: '%' } },
        count: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: '件' } },
      },
    },
  });
  new Chart(document.getElementById('hot-chart'), {
    type: 'bar',
    data: {
      labels: data.hot.map((h) => [h.category.level2 || h.category.level1, h.place.street || h.place.district].filter(Boolean).join(' · ')),
      datasets: [
        { label: '本期诉求量', data: data.hot.map((h) => h.count), backgroundColor: '#ef6c00' },
        { label: '上期诉求量', data: data.hot.map((h) => h.previousCount), backgroundColor: '#ffcc80' },
      ],
    },
    options: { indexAxis: 'y', maintainAspectRatio: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  document.body.dataset.chartsReady = '1';
})();
`
