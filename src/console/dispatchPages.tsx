/**
 * The hotline center's dispatch desk in the console (admin): the manual queue (tickets whose place or unit
 * could not be worked out, and those a unit returned with a reason), and any ticket by number to dispatch or
 * re-dispatch to another unit. Each move goes through the same dispatch as the center API.
 */
import { byIdOrNumber } from '../tickets/ticketNumber.js'
import { asc, eq } from 'drizzle-orm'
import { ticketHistory } from '../tickets/ticketQueries.js'
import type { Context } from 'hono'
import { INTENT_LABEL } from '../desk/deskLabels.js'
import { PinRow, placeOf, TicketHeading, Timeline } from '../desk/deskParts.js'
import { centerDispatch } from '../lifecycle/centerDispatch.js'
import { HANDLING_STATUSES } from '../lifecycle/ticketStatus.js'
import type { Services } from '../services.js'
import { tickets } from '../storage/schema.js'
import { identityOf } from './consoleAuth.js'
import { choices, lastReturnReasons } from './dispatchChoices.js'
import { Layout, NumberSearch } from './Layout.js'
import { localTime, render } from './render.js'

const ACTIVE = '/console/dispatch'

export async function dispatchListPage(c: Context, s: Services) {
  const who = identityOf(c)
  const wanted = (c.req.query('number') ?? '').trim().toUpperCase()
  if (wanted) return c.redirect(`/console/dispatch/${encodeURIComponent(wanted)}`)
  const queue = await s.db
    .select()
    .from(tickets)
    .where(eq(tickets.status, 'manual'))
    .orderBy(asc(tickets.createdAt))
    .limit(200)
  const reasons = await lastReturnReasons(s, queue)
  const tz = s.config.TIMEZONE
  return render(
    c,
    <Layout title="派单" who={who} active={ACTIVE} flash={c.req.query('done') ? '已派单。' : null}>
      <h1>{`待人工派单 ${queue.length}`}</h1>
      <NumberSearch action="/console/dispatch" placeholder="输入工单编号改派，如 BJ-20261122-000123" button="打开" />
      {queue.length === 0 ? (
        <p class="card muted">人工派单队列为空。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>编号</th>
              <th>诉求</th>
              <th>地点</th>
              <th>类别</th>
              <th>转人工原因</th>
              <th>登记时间</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((t) => (
              <tr>
                <td>
                  <a href={`/console/dispatch/${encodeURIComponent(t.number)}`}>{t.number}</a>
                </td>
                <td>{`${INTENT_LABEL[t.intent] ?? t.intent} · ${t.title}`}</td>
                <td>{placeOf(t)}</td>
                <td>{[t.category1, t.category2].filter(Boolean).join(' / ') || '待分类'}</td>
                <td>{reasons.get(t.id) ?? (t.district ? '未能确定承办单位' : '地点不明')}</td>
                <td>{localTime(t.createdAt.toISOString(), tz)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>,
  )
}

export async function dispatchTicketPage(
  c: Context,
  s: Services,
  opts: { error?: string; status?: 200 | 400 | 404 | 409 } = {},
) {
  const who = identityOf(c)
  const id = c.req.param('id') as string
  const [t] = await s.db.select().from(tickets).where(byIdOrNumber(id)).limit(1)
  if (!t)
    return render(
      c,
      <Layout title="未找到" who={who} active={ACTIVE}>
        <h1>未找到该工单</h1>
        <p>
          没有编号为 {id} 的工单。<a href="/console/dispatch">返回派单</a>
        </p>
      </Layout>,
      404,
    )
  const events = await ticketHistory(s.db, t.id)
  const tz = s.config.TIMEZONE
  const dept = s.lookupDepartment(t.departmentId)
  const first = t.status === 'manual'
  const movable = first || (HANDLING_STATUSES as readonly string[]).includes(t.status)
  const groups = movable ? await choices(s, t) : []
  return render(
    c,
    <Layout
      title={t.number}
      who={who}
      active={ACTIVE}
      flash={c.req.query('done') ? '已派单。' : null}
      error={opts.error}
    >
      <TicketHeading t={t} />
      <div class="card">
        <dl class="meta">
          <dt>诉求</dt>
          <dd>{`${INTENT_LABEL[t.intent] ?? t.intent} · ${t.title}`}</dd>
          <dt>类别</dt>
          <dd>{[t.category1, t.category2, t.category3].filter(Boolean).join(' / ') || '待分类'}</dd>
          <dt>地点</dt>
          <dd>{placeOf(t)}</dd>
          <PinRow t={t} />
          <dt>承办单位</dt>
          <dd>{dept?.name ?? '（未派单）'}</dd>
          <dt>登记时间</dt>
          <dd>{localTime(t.createdAt.toISOString(), tz)}</dd>
        </dl>
        <h2>诉求内容</h2>
        <div class="text">{t.description}</div>
      </div>
      {movable && (
        <form method="post" action={`/console/dispatch/${encodeURIComponent(t.number)}`} class="card">
          <h2>{first ? '派单' : '改派'}</h2>
          <label for="departmentId">承办单位</label>
          <select id="departmentId" name="departmentId" required>
            {groups.map((g) => (
              <optgroup label={g.group}>
                {g.options.map((o) => (
                  <option value={o.id}>{o.label}</option>
                ))}
              </optgroup>
            ))}
          </select>
          <label for="reason">{first ? '派单说明（可选）' : '改派理由（必填，如：属相邻街道管辖）'}</label>
          <textarea id="reason" name="reason" maxlength={2000} required={!first} />
          <div class="actions">
            <button type="submit">{first ? '派单' : '改派'}</button>
          </div>
        </form>
      )}
      <h2>办理记录</h2>
      <Timeline events={events} tz={tz} />
    </Layout>,
    opts.status ?? 200,
  )
}

export async function dispatchPost(c: Context, s: Services) {
  const who = identityOf(c)
  const id = c.req.param('id') as string
  const body = await c.req.parseBody()
  const departmentId = typeof body.departmentId === 'string' ? body.departmentId.trim() : ''
  const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
  if (!departmentId) return dispatchTicketPage(c, s, { error: '请选择承办单位。', status: 400 })
  if (reason.length > 2000) return dispatchTicketPage(c, s, { error: '说明不能超过 2000 字。', status: 400 })
  const [t] = await s.db.select({ status: tickets.status }).from(tickets).where(byIdOrNumber(id)).limit(1)
  const kind = t?.status === 'manual' ? 'dispatch' : 'redispatch'
  if (kind === 'redispatch' && !reason) return dispatchTicketPage(c, s, { error: '改派须填写理由。', status: 400 })
  const ctx = { settings: s.lifecycle, timeZone: s.config.TIMEZONE, lookupDepartment: s.lookupDepartment }
  const r = await centerDispatch(
    s.db,
    ctx,
    id,
    { kind, departmentId, reason: reason || undefined, actor: `center:${who.id}` },
    s.handler.now?.(),
  )
  if (r.kind === 'ok') return c.redirect(`/console/dispatch/${encodeURIComponent(r.ticket.number)}?done=1`, 303)
  if (r.kind === 'not_found') return dispatchTicketPage(c, s, { status: 404 })
  const why =
    r.kind === 'invalid'
      ? '没有这个承办单位。'
      : /already with that department/.test(r.reason)
        ? '工单已在该单位，无需改派。'
        : '当前状态不能派单（可能已被他人处理），请查看最新状态。'
  return dispatchTicketPage(c, s, { error: why, status: r.kind === 'invalid' ? 400 : 409 })
}
