import { getTicket } from '../tickets/ticketQueries.js'
import { ticketHistory } from '../tickets/ticketQueries.js'
import type { Context } from 'hono'
import { localTime, render } from '../console/render.js'
import type { Services } from '../services.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import type { DeskIdentity } from './deskAuth.js'
import { INTENT_LABEL, URGENCY_LABEL } from './deskLabels.js'
import { DeskLayout } from './DeskLayout.js'
import { Due, PinRow, placeOf, TicketHeading, Timeline } from './deskParts.js'

const DONE: Record<string, string> = {
  accept: '已签收。',
  progress: '办理进展已记录。',
  extend: '延期已记录，新的办理时限见下方。',
  return: '已退回热线中心，由中心重新派单。',
  close: '已办结，答复已发送给市民，系统将发起回访。',
}
async function ownTicket(s: Services, who: DeskIdentity, idOrNumber: string): Promise<TicketRow | null> {
  const t = await getTicket(s.db, idOrNumber)
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
  const events = await ticketHistory(s.db, t.id)
  const tz = s.config.TIMEZONE
  const done = DONE[c.req.query('done') ?? '']
  return render(
    c,
    <DeskLayout title={t.number} department={dept?.name ?? who.departmentId} flash={done} error={opts.error}>
      <TicketHeading t={t} />
      <div class="card">
        <dl class="meta">
          <dt>诉求类型</dt>
          <dd>{`${INTENT_LABEL[t.intent] ?? t.intent} · ${URGENCY_LABEL[t.urgency] ?? t.urgency}`}</dd>
          <dt>类别</dt>
          <dd>{[t.category1, t.category2, t.category3].filter(Boolean).join(' / ') || '待分类'}</dd>
          <dt>地点</dt>
          <dd>{placeOf(t)}</dd>
          <PinRow t={t} />
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
      <Timeline events={events} tz={tz} />
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
