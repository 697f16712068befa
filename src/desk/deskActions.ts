/** A workbench form step: checked like the department API's bodies, then the same department action. */
import type { Context } from 'hono'
import { type DepartmentCommand, departmentAction } from '../lifecycle/departmentActions.js'
import type { Services } from '../services.js'
import type { DeskIdentity } from './deskAuth.js'
import { ticketPage } from './deskTicketPage.js'

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
