/** The workbench's ticket lists: what to accept, what is in hand, what is overdue, what is closed, everything. */
import { and, asc, count, desc, eq, inArray, lt, type SQL } from 'drizzle-orm'
import type { Context } from 'hono'
import { render } from '../console/render.js'
import { HANDLING_STATUSES, statusLabel } from '../lifecycle/ticketStatus.js'
import type { Services } from '../services.js'
import { tickets } from '../storage/schema.js'
import type { DeskIdentity } from './deskAuth.js'
import { INTENT_LABEL, URGENCY_LABEL } from './deskLabels.js'
import { NumberSearch } from '../console/Layout.js'
import { DESK_NAV, DeskLayout, type DeskView } from './DeskLayout.js'
import { Due, placeOf, statusClass } from './deskParts.js'

const PAGE = 50
const VIEW_STATUSES: Record<Exclude<DeskView, 'overdue' | 'all'>, readonly string[]> = {
  todo: ['dispatched', 'reopened'],
  doing: ['accepted', 'in_progress'],
  closed: ['closed'],
}
function viewWhere(view: DeskView, departmentId: string, now: Date): SQL[] {
  const where: SQL[] = [eq(tickets.departmentId, departmentId)]
  if (view === 'overdue') where.push(inArray(tickets.status, [...HANDLING_STATUSES]), lt(tickets.dueAt, now))
  else if (view !== 'all') where.push(inArray(tickets.status, [...VIEW_STATUSES[view]]))
  return where
}

export async function listPage(c: Context, s: Services, who: DeskIdentity) {
  const wanted = (c.req.query('number') ?? '').trim().toUpperCase()
  if (wanted) return c.redirect(`/desk/tickets/${encodeURIComponent(wanted)}`)
  const now = s.handler.now?.() ?? new Date()
  const asked = c.req.query('view')
  const view: DeskView = DESK_NAV.some((n) => n.view === asked) ? (asked as DeskView) : 'todo'
  const page = Math.max(0, Math.min(1000, Number.parseInt(c.req.query('page') ?? '0', 10) || 0))
  // What needs doing first comes first: open work by deadline, the record by date.
  const order = view === 'closed' || view === 'all' ? [desc(tickets.createdAt)] : [asc(tickets.dueAt)]
  const rows = await s.db
    .select()
    .from(tickets)
    .where(and(...viewWhere(view, who.departmentId, now)))
    .orderBy(...order, asc(tickets.id))
    .limit(PAGE + 1)
    .offset(page * PAGE)
  const counts = await viewCounts(s, who.departmentId, now)
  const dept = s.lookupDepartment(who.departmentId)
  const label = DESK_NAV.find((n) => n.view === view)?.label ?? ''
  return render(
    c,
    <DeskLayout title={label} department={dept?.name ?? who.departmentId} active={view}>
      <h1>{label}</h1>
      <p class="facts">
        {DESK_NAV.map((n) => (
          <a href={`/desk?view=${n.view}`}>{`${n.label} ${counts[n.view]}`}</a>
        ))}
      </p>
      <NumberSearch action="/desk" placeholder="按工单编号查找，如 BJ-20261122-000123" button="查找" />
      {rows.length === 0 ? (
        <p class="card muted">暂无工单。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>编号</th>
              <th>诉求</th>
              <th>类别</th>
              <th>地点</th>
              <th>状态</th>
              <th>办理时限</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PAGE).map((t) => (
              <tr>
                <td>
                  <a href={`/desk/tickets/${encodeURIComponent(t.number)}`}>{t.number}</a>
                </td>
                <td>
                  {t.urgency !== 'normal' && <span class="badge overdue">{URGENCY_LABEL[t.urgency]}</span>}{' '}
                  {`${INTENT_LABEL[t.intent] ?? t.intent} · ${t.title}`}
                </td>
                <td>{[t.category1, t.category2].filter(Boolean).join(' / ') || '待分类'}</td>
                <td>{placeOf(t)}</td>
                <td>
                  <span class={`badge ${statusClass(t.status)}`}>{statusLabel(t.status)}</span>
                </td>
                <td>
                  <Due t={t} now={now} tz={s.config.TIMEZONE} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        {page > 0 && (
          <a class="btn secondary" href={`/desk?view=${view}&page=${page - 1}`}>
            上一页
          </a>
        )}
        {rows.length > PAGE && (
          <a class="btn secondary" href={`/desk?view=${view}&page=${page + 1}`}>
            下一页
          </a>
        )}
      </div>
    </DeskLayout>,
  )
}

async function viewCounts(s: Services, departmentId: string, now: Date): Promise<Record<DeskView, number>> {
  const byStatus = await s.db
    .select({ status: tickets.status, n: count() })
    .from(tickets)
    .where(eq(tickets.departmentId, departmentId))
    .groupBy(tickets.status)
  const [late] = await s.db
    .select({ n: count() })
    .from(tickets)
    .where(and(...viewWhere('overdue', departmentId, now)))
  const of = (statuses: readonly string[]) =>
    byStatus.filter((r) => statuses.includes(r.status)).reduce((a, r) => a + Number(r.n), 0)
  return {
    todo: of(VIEW_STATUSES.todo),
    doing: of(VIEW_STATUSES.doing),
    overdue: Number(late?.n ?? 0),
    closed: of(VIEW_STATUSES.closed),
    all: byStatus.reduce((a, r) => a + Number(r.n), 0),
  }
}

/** The unit's own ticket by number or id; anyone else's does not exist here. */
