/** Console tools: "try a question" (which entry answers and why) and the unanswered-question topics. */
import type { Context } from 'hono'
import { gapReport } from '../knowledge/gapQueries.js'
import { tryQuestion } from '../knowledge/tryQuestion.js'
import type { Services } from '../services.js'
import { answererOf } from '../http/routes/editorContext.js'
import { zonedMidnight } from '../metrics/periods.js'
import { identityOf } from './consoleAuth.js'
import { Layout } from './Layout.js'
import { localTime, render } from './render.js'

// The ranking features the search engine reports (src/knowledge/search/features.ts), in an editor's words.
const FEATURE_LABEL: Record<string, string> = {
  bm25: 'BM25 原始分',
  norm: 'BM25 归一化',
  qsim: '与问法字面相似',
  wsim: '与问法词语相似',
  coverage: '问题覆盖率',
  place: '地区匹配',
  placeExtra: '条目多出地区',
  prefix: '开头相同',
  lead: '问题开头命中',
  oov: '生僻词比例',
  rel: '相对第一名',
  p1: '领先概率',
  margin: '领先第二名',
  top: '排序得分',
}

export async function tryPage(c: Context, s: Services) {
  const who = identityOf(c)
  const q = (c.req.query('q') ?? '').trim().slice(0, 2000)
  const audience = c.req.query('audience') === 'enterprise' ? 'enterprise' : 'citizen'
  const result = q ? await tryQuestion(s.knowledge, answererOf(s), q, { audience }) : null
  const reply = result?.reply
  return render(
    c,
    <Layout title="试一试" who={who} active="/console/try">
      <h1>试一试：这个问题会怎样回答？</h1>
      <form method="get" action="/console/try" class="card">
        <label for="q">市民或企业的问题</label>
        <input type="text" id="q" name="q" value={q} placeholder="例如：老楼加装电梯怎么申请？" required />
        <div class="row">
          <div>
            <label for="audience">渠道</label>
            <select id="audience" name="audience">
              <option value="citizen" selected={audience === 'citizen'}>
                市民（网页、微信等）
              </option>
              <option value="enterprise" selected={audience === 'enterprise'}>
                企业服务渠道（优先企业条目）
              </option>
            </select>
          </div>
        </div>
        <div class="actions">
          <button type="submit">提问</button>
        </div>
      </form>
      {result && reply && (
        <div id="try-result">
          <div class="card">
            <h2>网关的答复</h2>
            <p class="facts">
              <span>
                可回答：
                <span class={result.answerable ? 'ok' : 'no'} id="answerable">
                  {result.answerable ? '是' : '否'}
                </span>
              </span>
              <span>
                置信度：<span id="confidence">{result.confidence.toFixed(3)}</span>
              </span>
              {reply.kind === 'answer' && (
                <span>方式：{reply.mode === 'grounded' ? '大模型依据条目生成' : '条目原文'}</span>
              )}
              {reply.kind === 'answer' && (
                <span>
                  引用：
                  {reply.citations.map((id) => (
                    <a class="citation" href={`/console/entries/${encodeURIComponent(id)}`}>
                      {id}
                    </a>
                  ))}
                </span>
              )}
            </p>
            {reply.kind === 'answer' ? (
              <div class="reply">{reply.text}</div>
            ) : (
              <div class="reply">
                {reply.reason === 'model_declined'
                  ? '大模型判断检索到的条目没有覆盖这个问题：网关将如实告知无法答复，并提议转工单。'
                  : '没有足够可靠的条目：网关将如实告知无法答复，并提议转工单。该问题会记入“未答问题”。'}
              </div>
            )}
            {reply.kind === 'answer' && reply.fallback && (
              <p class="muted">大模型答复未通过校验，已改用条目原文：{reply.fallback}</p>
            )}
          </div>
          <h2>检索结果与打分</h2>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>条目</th>
                <th>得分</th>
                <th>命中的问法 / 片段</th>
                <th>特征</th>
              </tr>
            </thead>
            <tbody>
              {result.results.map((r, i) => (
                <tr>
                  <td>{i + 1}</td>
                  <td>
                    <a href={`/console/entries/${encodeURIComponent(r.id)}`}>{r.title}</a>
                    <div class="muted">{r.id}</div>
                  </td>
                  <td>{r.score.toFixed(3)}</td>
                  <td>
                    {r.matchedQuestion && <div>问法：{r.matchedQuestion}</div>}
                    <div class="muted">{r.snippet}</div>
                  </td>
                  <td>
                    <dl class="features">
                      {Object.entries(r.features).map(([k, v]) => (
                        <>
                          <dt title={k}>{FEATURE_LABEL[k] ?? k}</dt>
                          <dd>{v.toFixed(3)}</dd>
                        </>
                      ))}
                    </dl>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.results.length === 0 && <p class="muted">没有检索到任何已发布的条目。</p>}
        </div>
      )}
    </Layout>,
  )
}

/** The calendar day of an instant in the city's time zone (editors think in local days). */
const day = (d: Date, tz: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(d)

/** Local midnight starting a YYYY-MM-DD day (`plusDays` later), or null for anything else. */
function dayStart(text: string, tz: string, plusDays = 0): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  return m ? zonedMidnight(Number(m[1]), Number(m[2]), Number(m[3]) + plusDays, tz) : null
}

export async function gapsPage(c: Context, s: Services) {
  const who = identityOf(c)
  const tz = s.config.TIMEZONE
  const today = new Date()
  const fromText = c.req.query('from') || day(new Date(today.getTime() - 30 * 86_400_000), tz)
  const toText = c.req.query('to') || day(today, tz)
  const from = dayStart(fromText, tz) ?? new Date(Number.NaN)
  const to = dayStart(toText, tz, 1) ?? new Date(Number.NaN)
  const valid = !Number.isNaN(from.getTime()) && !Number.isNaN(to.getTime())
  const report = valid ? await gapReport(s.db, { from, to }) : null
  return render(
    c,
    <Layout title="未答问题" who={who} active="/console/gaps" error={valid ? null : '日期格式不正确'}>
      <h1>未答问题：下一步该写什么</h1>
      <form method="get" action="/console/gaps" class="card row">
        <div>
          <label for="from">从</label>
          <input type="date" id="from" name="from" value={fromText} />
        </div>
        <div>
          <label for="to">到</label>
          <input type="date" id="to" name="to" value={toText} />
        </div>
        <div style="flex:0;align-self:flex-end">
          <button type="submit">查看</button>
        </div>
      </form>
      {report && (
        <div>
          <p class="muted">
            该时段共有 {report.total} 个问题未能回答
            {report.grouped < report.total ? `（按最近 ${report.grouped} 个归类）` : ''}，归为 {report.topics.length}{' '}
            个主题。
          </p>
          <table>
            <thead>
              <tr>
                <th>次数</th>
                <th>主题</th>
                <th>关键词</th>
                <th>问题示例</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {report.topics.map((t) => (
                <tr>
                  <td>{t.count}</td>
                  <td>
                    {t.label}
                    <div class="muted">最近：{localTime(t.lastAt, s.config.TIMEZONE)}</div>
                  </td>
                  <td>{t.keywords.join('、')}</td>
                  <td>
                    <ul>
                      {t.examples.map((q) => (
                        <li>{q}</li>
                      ))}
                    </ul>
                    {t.nearestEntryId && (
                      <div class="muted">
                        最接近的条目：
                        <a href={`/console/entries/${encodeURIComponent(t.nearestEntryId)}`}>{t.nearestEntryId}</a>
                      </div>
                    )}
                  </td>
                  <td>
                    <a
                      class="btn secondary"
                      href={`/console/entries/new?${new URLSearchParams({ title: t.label, questions: t.examples.join('\n') })}`}
                    >
                      写条目
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>,
  )
}
