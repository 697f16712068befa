/** Chinese wording of ticket events and request types on the department workbench. */

export { INTENT_LABEL } from '../conversation/replies.js'

export const URGENCY_LABEL: Record<string, string> = { normal: '一般', urgent: '紧急', emergency: '特急' }

const EVENT_LABEL: Record<string, string> = {
  created: '登记',
  dispatched: '派单',
  accepted: '签收',
  progress: '办理进展',
  returned: '退单',
  extended: '延期',
  closed: '办结',
  reply_sent: '已将答复告知市民',
  callback_sent: '已发起回访',
  callback_answered: '市民回访评价',
  callback_no_answer: '回访未获答复',
  callback_unreachable: '无法回访',
  supplement: '市民补充',
  reminder: '到期提醒',
  overdue: '超期',
  escalated: '升级督办',
  needs_supervision: '转督办核查',
  reopened: '二次办理',
  linked: '合并为同类诉求',
  follower_added: '同一问题新增反映人',
}

/** Supplements by what the citizen meant (src/conversation/followUp.ts). */
const SUPPLEMENT_KIND: Record<string, string> = {
  withdraw: '市民表示不再需要处理',
  urge: '市民催办',
  phone: '市民留下联系电话',
}

export function eventLabel(type: string, data: Record<string, unknown> = {}): string {
  if (type === 'supplement' && typeof data.kind === 'string')
    return SUPPLEMENT_KIND[data.kind] ?? EVENT_LABEL[type] ?? type
  return EVENT_LABEL[type] ?? type
}

/** The one line of detail worth showing for an event: a note, a reason, a reply, an evaluation. */
export function eventDetail(type: string, data: Record<string, unknown>): string | null {
  const pick = (k: string) => (typeof data[k] === 'string' && (data[k] as string).trim() ? (data[k] as string) : null)
  if (type === 'extended' && typeof data.workingDays === 'number')
    return `${pick('reason') ?? ''}（延长 ${data.workingDays} 个工作日）`
  if (type === 'callback_answered') {
    const resolved = data.resolved === true ? '已解决' : data.resolved === false ? '未解决' : null
    const sat =
      { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' }[String(data.satisfaction)] ?? null
    return [resolved, sat].filter(Boolean).join('，') || null
  }
  return pick('note') ?? pick('reason') ?? pick('reply') ?? pick('text')
}
