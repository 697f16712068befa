/**
 * The accountability dashboard, server-rendered with hono/jsx: tables are plain HTML (readable
 * without JavaScript); the charts are drawn by Chart.js from the JSON embedded in the page.
 */
import type { FC } from 'hono/jsx'
import type { RankedStreet } from '../../metrics/ranking.js'
import { CLASS_LABEL, type RankingClass } from '../../metrics/ranking.js'
import type { DashboardData } from './dashboardData.js'
import { DASHBOARD_CSS } from './dashboardStyle.js'

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`)

/** JSON for a <script type="application/json">: `<` escaped so the data can never close the tag. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

const Kpi: FC<{ label: string; value: string; note?: string }> = (p) => (
  <div class="kpi">
    <div class="kpi-label">{p.label}</div>
    <div class="kpi-value">{p.value}</div>
    {p.note ? <div class="kpi-note">{p.note}</div> : null}
  </div>
)

const RankTable: FC<{ cls: RankingClass; rows: RankedStreet[] }> = ({ cls, rows }) => (
  <div class={`rank rank-${cls}`}>
    <h3>
      {CLASS_LABEL[cls]}类 <span class="count">{rows.length}</span>
    </h3>
    {rows.length === 0 ? (
      <p class="empty">本月暂无</p>
    ) : (
      <table>
        <thead>
          <tr>
            <th>街乡镇</th>
            <th>综合得分</th>
            {cls === 'improved' ? <th>较上月</th> : null}
            <th>诉求量</th>
            <th>响应率</th>
            <th>解决率</th>
            <th>满意率</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>{r.name}</td>
              <td>{r.score ?? '—'}</td>
              {cls === 'improved' ? <td>+{r.gain}</td> : null}
              <td>{r.requests}</td>
              <td>{pct(r.responseRate)}</td>
              <td>{pct(r.resolutionRate)}</td>
              <td>{pct(r.satisfactionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
)

export const DashboardPage: FC<{ data: DashboardData; month: string; days: number; rules: string[] }> = ({
  data,
  month,
  days,
  rules,
}) => {
  const t = data.total
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>接诉即办 · 数据看板</title>
        <style dangerouslySetInnerHTML={{ __html: DASHBOARD_CSS }} />
      </head>
      <body>
        <header>
          <h1>接诉即办 · 数据看板</h1>
          <form method="get" action="/console/dashboard">
            <label>
              排名月份 <input type="month" name="month" value={month} />
            </label>
            <label>
              走势天数 <input type="number" name="days" min="7" max="90" value={String(days)} />
            </label>
            <button type="submit">刷新</button>
          </form>
        </header>
        <section id="rates">
          <h2>三率走势（近 {days} 天）</h2>
          <div class="kpis">
            <Kpi label="诉求量" value={String(t?.requests ?? 0)} />
            <Kpi
              label="响应率"
              value={pct(t?.responseRate)}
              note={`${t?.acceptedInTime ?? 0} / ${t?.dispatched ?? 0} 按时签收`}
            />
            <Kpi
              label="解决率"
              value={pct(t?.resolutionRate)}
              note={`${t?.resolved ?? 0} / ${t?.callbacksAnswered ?? 0} 回访`}
            />
            <Kpi label="满意率" value={pct(t?.satisfactionRate)} note={`未接回访 ${t?.noAnswer ?? 0}`} />
          </div>
          <div class="chart">
            <canvas id="rates-chart" aria-label="三率走势图" />
          </div>
        </section>
        <section id="ranking">
          <h2>{month} 街乡镇“四类”排名</h2>
          <div class="ranks">
            {(['advanced', 'improved', 'rectify', 'governance'] as const).map((cls) => (
              <RankTable cls={cls} rows={data.ranking.classes[cls]} />
            ))}
          </div>
          <details>
            <summary>排名规则</summary>
            <ul>
              {rules.map((r) => (
                <li>{r}</li>
              ))}
            </ul>
          </details>
        </section>
        <section id="hot">
          <h2>热点问题（每月一题候选）</h2>
          <div class="chart chart-short">
            <canvas id="hot-chart" aria-label="热点问题图" />
          </div>
          <table>
            <thead>
              <tr>
                <th>主工单</th>
                <th>类别</th>
                <th>地点</th>
                <th>诉求量</th>
                <th>增长</th>
                <th>示例</th>
              </tr>
            </thead>
            <tbody>
              {data.hot.map((h) => (
                <tr>
                  <td>{h.number}</td>
                  <td>{[h.category.level1, h.category.level2].filter(Boolean).join(' / ')}</td>
                  <td>{[h.place.district, h.place.street, h.place.community].filter(Boolean).join(' ')}</td>
                  <td>{h.count}</td>
                  <td>{h.growth >= 0 ? `+${h.growth}` : h.growth}</td>
                  <td>{h.examples.join('；')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.hot.length === 0 ? <p class="empty">暂无重复诉求聚集</p> : null}
        </section>
        <section id="overdue">
          <h2>
            超期工单 <span class="count">{data.overdue.length}</span>
          </h2>
          <table>
            <thead>
              <tr>
                <th>编号</th>
                <th>诉求</th>
                <th>承办单位</th>
                <th>地点</th>
                <th>时限</th>
                <th>超期(小时)</th>
                <th>督办</th>
              </tr>
            </thead>
            <tbody>
              {data.overdue.map((o) => (
                <tr>
                  <td>
                    <a href={`/console/dispatch/${encodeURIComponent(o.number)}`}>{o.number}</a>
                  </td>
                  <td>{o.title}</td>
                  <td>{o.department ?? '—'}</td>
                  <td>{o.place}</td>
                  <td>{o.dueAt}</td>
                  <td>{o.overdueHours}</td>
                  <td>{o.escalation}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.overdue.length === 0 ? <p class="empty">没有超期工单</p> : null}
        </section>
        <footer>生成于 {data.generatedAt} · 数据来自工单事件记录 · 个人信息已脱敏</footer>
        <script
          type="application/json"
          id="dashboard-data"
          dangerouslySetInnerHTML={{ __html: embedJson({ days: data.days, hot: data.hot }) }}
        />
        <script src="/console/dashboard/chart.umd.js" />
        <script src="/console/dashboard/dashboard.js" />
      </body>
    </html>
  )
}
