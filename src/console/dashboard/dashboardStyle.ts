/** The dashboard's stylesheet: plain CSS, no framework, readable on a projector and a laptop. */
export const DASHBOARD_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2933; background: #f4f6f8; }
header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; padding: 14px 24px; background: #b71c1c; color: #fff; }
header h1 { margin: 0; font-size: 20px; }
header form { display: flex; gap: 12px; align-items: center; }
header input { padding: 3px 6px; border-radius: 4px; border: 0; }
header button { padding: 4px 12px; border: 0; border-radius: 4px; background: #fff; color: #b71c1c; cursor: pointer; }
section { margin: 16px 24px; padding: 16px 20px; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
h2 { margin: 0 0 12px; font-size: 17px; }
h3 { margin: 0 0 8px; font-size: 15px; }
.count { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 10px; background: #eceff1; font-size: 12px; text-align: center; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin-bottom: 12px; }
.kpi { padding: 10px 14px; border-radius: 6px; background: #fafafa; border: 1px solid #eceff1; }
.kpi-label { color: #607d8b; font-size: 12px; }
.kpi-value { font-size: 24px; font-weight: 600; }
.kpi-note { color: #90a4ae; font-size: 12px; }
.chart { position: relative; height: 300px; }
.chart-short { height: 240px; margin-bottom: 12px; }
.ranks { display: grid; grid-template-columns: repeat(2, 1fr); gap: 16px; }
.rank { border: 1px solid #eceff1; border-radius: 6px; padding: 10px; }
.rank-advanced h3 { color: #2e7d32; } .rank-improved h3 { color: #1565c0; }
.rank-rectify h3 { color: #c62828; } .rank-governance h3 { color: #ef6c00; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 5px 8px; border-bottom: 1px solid #eceff1; text-align: left; vertical-align: top; }
th { color: #607d8b; font-weight: 500; font-size: 12px; }
.empty { color: #90a4ae; }
details { margin-top: 10px; color: #546e7a; }
footer { margin: 8px 24px 24px; color: #90a4ae; font-size: 12px; }
`
