/**
 * The department workbench's pages: the unit's tickets by what needs doing (to accept, in hand, overdue,
 * closed), one ticket with the citizen's words, place, contact and history, and the steps the unit may take
 * next (签收, 进展, 延期, 退单, 办结), each through the same state machine as the department API.
 */
import { and, asc, count, desc, eq, inArray, lt, type SQL } from 'drizzle-orm'
import type { Context } from 'hono'
import { localTime, render } from '../console/render.js'
import { type DepartmentCommand, departmentAction } from '../lifecycle/departmentActions.js'
import { HANDLING_STATUSES, statusLabel } from '../lifecycle/ticketStatus.js'
import type { Services } from '../services.js'
import { ticketEvents, tickets } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import type { DeskIdentity } from './deskAuth.js'
import { eventDetail, eventLabel, INTENT_LABEL, URGENCY_LABEL } from './deskLabels.js'
import { DESK_NAV, DeskLayout, type DeskView } from './DeskLayout.js'

const PAGE = 50
const VIEW_STATUSES: Record<Exclude<DeskView, 'overdue' | 'all'>, readonly string[]> = {
  todo: ['dispatched', 'reopened'],
  doing: ['accepted', 'in_progress'],
  closed: ['closed'],
}
const DONE: Record<string, string> = {
  accept: '已签收。',
  progress: '办理进展已记录。',
  extend: '延期已记录，新的办理时限见下方。',
  return: '已退回热线中心，由中心重新派单。',
  close: '已办结，答复已发送给市民，系统将发起回访。',
}

function statusClass(status: string): string {
  if (status === 'dispatched' || status === 'reopened') return 's-open'
  if (status === 'accepted' || status === 'in_progress') return 's-doing'
  return status === 'closed' ? 's-closed' : 's-other'
}

function Due(props: { t: TicketRow; now: Date; tz: string }) {
  const { t, now } = props
  if (!t.dueAt || !(HANDLING_STATUSES as readonly string[]).includes(t.status)) return <span class="muted">—</span>
  const left = t.dueAt.getTime() - now.getTime()
  const when = localTime(t.dueAt.toISOString(), props.tz)
  if (left < 0) return <span class="overdue">{`${when}（已超期 ${Math.ceil(-left / 3_600_000)} 小时）`}</span>
  if (left < 24 * 3_600_000) return <span class="soon">{`${when}（即将到期）`}</span>
  return <span>{when}</span>
}

function placeOf(t: TicketRow): string {
  return [t.district, t.street, t.community, t.address].filter(Boolean).join(' ') || '待核实'
}

function viewWhere(view: DeskView, departmentId: string, now: Date): SQL[] {
  const where: SQL[] = [eq(tickets.departmentId, departmentId)]
  if (view === 'overdue') where.push(inArray(tickets.status, [...HANDLING_STATUSES]), lt(tickets.dueAt, now))
  else if (view !== 'all') where.push(inArray(tickets.status, [...VIEW_STATUSES[view]]))
  return where
}

export async function listPage(c: Context, s: Services, who: DeskIdentity) {
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
async function ownTicket(s: Services, who: DeskIdentity, idOrNumber: string): Promise<TicketRow | null> {
  const col = /^[A-Za-z]{1,8}-\d{8}-\d+$/.test(idOrNumber) ? tickets.number : tickets.id
  const [t] = await s.db.select().from(tickets).where(eq(col, idOrNumber)).limit(1)
  return t && t.departmentId === who.departmentId ? t : null
}

export async function ticketPage(
  c: Context,
  s: Services,
  who: DeskIdentity,
  opts: { error?: string; status?: 200 | 400 | 404 | 409 } = {},
) {
  const t = await ownTicket(s, who, c.req.param('id') as string)
  const dept = s.lookupDepartment(who.departmentId)
  if (!t)
    return render(
      c,
      <DeskLayout title="未找到" department={dept?.name ?? who.departmentId}>
        <h1>未找到该工单</h1>
        <p>本单位没有这个编号的工单。</p>
      </DeskLayout>,
      404,
    )
  const now = s.handler.now?.() ?? new Date()
  const events = await s.db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, t.id))
    .orderBy(asc(ticketEvents.id))
  const tz = s.config.TIMEZONE
  const done = DONE[c.req.query('done') ?? '']
  return render(
    c,
    <DeskLayout title={t.number} department={dept?.name ?? who.departmentId} flash={done} error={opts.error}>
      <h1>
        {`工单 ${t.number} `}
        <span class={`badge ${statusClass(t.status)}`}>{statusLabel(t.status)}</span>
      </h1>
      <div class="card">
        <dl class="meta">
          <dt>诉求类型</dt>
          <dd>{`${INTENT_LABEL[t.intent] ?? t.intent} · ${URGENCY_LABEL[t.urgency] ?? t.urgency}`}</dd>
          <dt>类别</dt>
          <dd>{[t.category1, t.category2, t.category3].filter(Boolean).join(' / ') || '待分类'}</dd>
          <dt>地点</dt>
          <dd>{placeOf(t)}</dd>
          <dt>市民</dt>
          <dd>{[t.citizenName, t.phone].filter(Boolean).join(' · ') || '未留姓名和电话（可通过原渠道回复）'}</dd>
          {t.enterprise && <dt>企业</dt>}
          {t.enterprise && <dd>{[t.companyName, t.creditCode].filter(Boolean).join(' · ')}</dd>}
          <dt>登记时间</dt>
          <dd>{localTime(t.createdAt.toISOString(), tz)}</dd>
          <dt>办理时限</dt>
          <dd>
            <Due t={t} now={now} tz={tz} />
          </dd>
          {t.closedAt && <dt>办结时间</dt>}
          {t.closedAt && <dd>{localTime(t.closedAt.toISOString(), tz)}</dd>}
          {t.round > 1 && <dt>办理轮次</dt>}
          {t.round > 1 && <dd>{`第 ${t.round} 轮（二次办理）`}</dd>}
        </dl>
      </div>
      <h2>诉求内容</h2>
      <div class="card text">{t.description}</div>
      {t.reply && <h2>办理答复</h2>}
      {t.reply && <div class="reply">{t.reply}</div>}
      <h2>办理</h2>
      <Actions t={t} />
      <h2>办理记录</h2>
      <ol class="timeline">
        {events.map((e) => (
          <li>
            <span class="when">{localTime(e.createdAt.toISOString(), tz)}</span>
            <strong>{eventLabel(e.type)}</strong>
            {eventDetail(e.type, e.data) ? `：${eventDetail(e.type, e.data)}` : ''}
          </li>
        ))}
      </ol>
    </DeskLayout>,
    opts.status ?? 200,
  )
}

function ActionForm(props: { t: TicketRow; action: string; title: string; open?: boolean; children?: unknown }) {
  return (
    <details class="action" open={props.open}>
      <summary>{props.title}</summary>
      <form method="post" action={`/desk/tickets/${encodeURIComponent(props.t.number)}/${props.action}`}>
        {props.children as never}
        <div class="actions">
          <button type="submit">{props.title}</button>
        </div>
      </form>
    </details>
  )
}

/** Only the steps the state machine allows from this status are offered. */
function Actions(props: { t: TicketRow }) {
  const { t } = props
  const canAccept = t.status === 'dispatched' || t.status === 'reopened'
  const working = t.status === 'accepted' || t.status === 'in_progress'
  if (!canAccept && !working) return <p class="muted">当前状态下本单位无需操作。</p>
  return (
    <div>
      {canAccept && (
        <ActionForm t={t} action="accept" title="签收" open>
          <label for="accept-note">签收说明（可选）</label>
          <input type="text" id="accept-note" name="note" maxlength={2000} />
        </ActionForm>
      )}
      {working && (
        <ActionForm t={t} action="close" title="办结" open>
          <label for="close-reply">答复市民（将通过市民来信的渠道发送）</label>
          <textarea id="close-reply" name="reply" required maxlength={4000} />
        </ActionForm>
      )}
      {working && (
        <ActionForm t={t} action="progress" title="记录进展">
          <label for="progress-note">办理进展</label>
          <textarea id="progress-note" name="note" required maxlength={2000} />
        </ActionForm>
      )}
      {working && (
        <ActionForm t={t} action="extend" title="申请延期">
          <label for="extend-reason">延期理由</label>
          <textarea id="extend-reason" name="reason" required maxlength={2000} />
          <label for="extend-days">延长工作日</label>
          <input type="text" id="extend-days" name="workingDays" inputmode="numeric" value="5" />
        </ActionForm>
      )}
      <ActionForm t={t} action="return" title="退单">
        <label for="return-reason">退单理由（如：不属于本单位管辖，建议改派某单位）</label>
        <textarea id="return-reason" name="reason" required maxlength={2000} />
      </ActionForm>
    </div>
  )
}

function field(body: Record<string, unknown>, name: string): string {
  const v = body[name]
  return typeof v === 'string' ? v.trim() : ''
}

/** A form step: checked like the API's bodies, then the same department action. */
export async function actionPost(c: Context, s: Services, who: DeskIdentity) {
  const action = c.req.param('action') as string
  const body = await c.req.parseBody()
  const cmd = commandOf(action, body)
  if (typeof cmd === 'string') return ticketPage(c, s, who, { error: cmd, status: 400 })
  const ctx = { settings: s.lifecycle, timeZone: s.config.TIMEZONE, lookupDepartment: s.lookupDepartment }
  const r = await departmentAction(
    s.db,
    ctx,
    { departmentId: who.departmentId, actor: who.actor },
    c.req.param('id') as string,
    cmd,
    s.handler.now?.(),
  )
  if (r.kind === 'ok') return c.redirect(`/desk/tickets/${encodeURIComponent(r.ticket.number)}?done=${action}`, 303)
  if (r.kind === 'not_found') return ticketPage(c, s, who, { status: 404 })
  return ticketPage(c, s, who, { error: reasonText(r.reason), status: r.kind === 'conflict' ? 409 : 400 })
}

/** The lifecycle's reasons are written for API callers; staff read them in Chinese. */
function reasonText(reason: string): string {
  if (/deadline has passed/.test(reason)) return '已过办理时限：延期须在到期前申请。'
  if (/already been extended/.test(reason)) return '本轮已延期过一次，不能再次延期。'
  const days = /workingDays must be between 1 and (\d+)/.exec(reason)
  if (days) return `延长工作日须为 1 到 ${days[1]} 之间的整数。`
  return '当前状态不允许这一步（可能已被同事处理），请查看最新状态。'
}

function commandOf(action: string, body: Record<string, unknown>): DepartmentCommand | string {
  const text = (name: string, max: number, what: string) => {
    const v = field(body, name)
    if (!v) return { error: `请填写${what}。` }
    if (v.length > max) return { error: `${what}不能超过 ${max} 字。` }
    return { value: v }
  }
  switch (action) {
    case 'accept': {
      const note = field(body, 'note')
      if (note.length > 2000) return '签收说明不能超过 2000 字。'
      return { type: 'accept', note: note || undefined }
    }
    case 'progress': {
      const v = text('note', 2000, '办理进展')
      return 'error' in v ? (v.error as string) : { type: 'progress', note: v.value }
    }
    case 'return': {
      const v = text('reason', 2000, '退单理由')
      return 'error' in v ? (v.error as string) : { type: 'return', reason: v.value }
    }
    case 'extend': {
      const v = text('reason', 2000, '延期理由')
      if ('error' in v) return v.error as string
      const days = Number(field(body, 'workingDays') || '5')
      if (!Number.isInteger(days) || days < 1 || days > 60) return '延长工作日须为 1 到 60 的整数。'
      return { type: 'extend', reason: v.value, workingDays: days }
    }
    case 'close': {
      const v = text('reply', 4000, '给市民的答复')
      return 'error' in v ? (v.error as string) : { type: 'close', reply: v.value }
    }
    default:
      return '未知的操作。'
  }
}
