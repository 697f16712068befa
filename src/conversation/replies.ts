/** Everything the gateway says to citizens, in one place, so wording can be reviewed and changed. */
import type { TicketRow } from '../tickets/fileTicket.js'
import type { DepartmentRef } from '../understanding/types.js'
import { plainText } from './plainText.js'

/** Request types as citizens and staff read them. */
export const INTENT_LABEL: Record<string, string> = {
  complaint: '投诉',
  help: '求助',
  consultation: '咨询',
  suggestion: '建议',
  report: '举报',
  praise: '表扬',
}

export const GREETING =
  '您好，这里是12345市民服务热线网上服务。您可以直接描述遇到的问题（发生在哪里、什么情况），或咨询政策，我们会尽快处理。'

export function emergencyAdvice(hotline: '110' | '119' | '120' | null): string {
  const call =
    hotline === '119'
      ? '请立即拨打119火警电话'
      : hotline === '120'
        ? '请立即拨打120急救电话'
        : hotline === '110'
          ? '请立即拨打110报警电话'
          : '请立即拨打110、119或120'
  const extra = hotline === '119' ? '，如有燃气泄漏请勿开关电器、勿动明火，开窗通风并撤离到安全地带' : ''
  return `⚠️ 情况紧急！${call}${extra}。我们同时已为您登记紧急工单并通知属地处置。`
}

export const ASK_LOCATION =
  '收到。为了尽快派给属地处理，请告诉我具体地点：所在区、街道（乡镇）或小区名称，也可以直接发送位置。'
export const ASK_LOCATION_AGAIN =
  '抱歉，没能识别出地点。请补充区和街道（乡镇）或小区名称，例如“朝阳区望京街道花家地西里”。如不便提供，回复“跳过”，我们将由人工派单。'
export function askMatter(place: string | null): string {
  const got = place ? `收到地点“${place}”` : '收到您发送的位置'
  return `${got}。请问那里发生了什么问题？请简要描述，我们将尽快派给属地处理。`
}
export const THANKS = '不客气！如有新的问题，随时告诉我们；查询已登记工单的办理情况，回复“进度”即可。'
export const CANCELLED = '好的，已取消本次登记。如有其他问题，随时告诉我们。'
export const NO_ANSWER_DECLINED = '好的。如还有其他问题，随时告诉我们。'
export const INVALID_PHONE = '您留的电话号码格式似乎不正确（手机号为1开头的11位数字），如需回电请重新提供。'

export function answerFromKnowledge(title: string, answer: string): string {
  return `${plainText(answer)}\n\n（依据：《${title}》）\n如未解决您的问题，回复“提交工单”转人工办理。`
}

export const VAGUE_QUESTION =
  '请把问题说得具体一些，例如要办理什么业务、涉及哪类人群或哪个区，我们再为您查询相关政策。\n如要反映问题，请说明发生在哪里、什么情况。'

export const NO_ANSWER =
  '抱歉，知识库中暂时没有能准确回答这个问题的政策条目，为避免误导，我们不作推测性答复。需要的话，回复“提交工单”，我们将转交主管部门在3日内答复您。'

export function placeText(t: Pick<TicketRow, 'district' | 'street' | 'community' | 'address'>): string {
  const parts = [t.district, t.street, t.community, t.address].filter(Boolean)
  return parts.length ? parts.join(' ') : '待核实'
}

/**
 * Added to an urgent ticket's receipt (a lift with people in it, a missing manhole cover, no heating in
 * winter): the lexicon cannot promise to recognise every emergency in every wording, so a matter that is
 * already pressing reminds the citizen where to turn if it becomes dangerous.
 */
export const URGENT_SAFETY_LINE = '如现场有人受伤、被困，或出现明火、燃气泄漏等危险，请立即拨打110、119或120。'

export function ticketFiled(t: TicketRow, dept: DepartmentRef | null, limitText: string): string {
  const cat = [t.category1, t.category2].filter(Boolean).join(' / ') || '待分类'
  const who = t.status === 'manual' || !dept ? '12345热线中心（人工派单）' : dept.name
  return [
    `已为您登记工单，编号 ${t.number}。`,
    `诉求类型：${INTENT_LABEL[t.intent] ?? t.intent} · ${cat}`,
    `发生地点：${placeText(t)}`,
    `承办单位：${who}`,
    `办理时限：${limitText}，办理结果会通过本渠道告知您。`,
    ...(t.urgency === 'urgent' ? [URGENT_SAFETY_LINE] : []),
    '如需补充情况，直接回复即可。',
  ].join('\n')
}

export function supplementAdded(number: string): string {
  return `已将您补充的情况加入工单 ${number}，承办单位会一并处理。`
}

export function praiseThanks(number: string): string {
  return `感谢您的肯定！您的表扬已登记（编号 ${number}），我们会转达给相关单位。`
}

export function confirmPlace(name: string): string {
  return `为准确派单，请确认：您反映的地点是“${name}”吗？回复“是”确认；如果不是，请直接告诉我们所在的区、街道（乡镇）或小区。`
}

export function chooseCategory(options: string[]): string {
  return [
    '为交给对口部门办理，请确认问题类别，回复序号即可：',
    ...options.map((o, i) => `${i + 1}. ${o}`),
    '不确定的话回复“跳过”，由工作人员判断。',
  ].join('\n')
}

/** One ticket as a progress answer shows it (see progressQuery.ts). */
export interface TicketProgress {
  number: string
  title: string
  status: string
  department: string | null
  /** YYYY-MM-DD, while the ticket is being handled. */
  due: string | null
  latest: string | null
  reply: string | null
}

export function ticketProgress(items: TicketProgress[]): string {
  const blocks = items.map((p) =>
    [
      `工单 ${p.number}（${p.title}）`,
      `当前状态：${p.status}`,
      p.department ? `承办单位：${p.department}` : null,
      p.due ? `办理时限：${p.due} 前` : null,
      p.latest ? `最新进展：${p.latest}` : null,
      p.reply ? `办理答复：${p.reply.trim()}` : null,
    ]
      .filter(Boolean)
      .join('\n'),
  )
  const head = items.length > 1 ? `您最近的 ${items.length} 件工单：\n\n` : ''
  return `${head}${blocks.join('\n\n')}\n\n有新进展时会通过本渠道通知您；如需补充情况，直接回复即可。`
}

export function noSuchTicket(number: string): string {
  return `没有查到您名下编号为 ${number} 的工单。请核对编号；只能查询通过本渠道、本账号登记的工单。`
}

export const NO_TICKETS = '暂未查到您通过本渠道登记的工单。如需反映问题，请直接描述发生在哪里、什么情况。'

/** "好的" / "嗯" with nothing pending: acknowledged, not taken as a new request. */
export const ACKNOWLEDGED = '好的。如有新的问题，随时告诉我们；查询已登记工单的办理情况，回复“进度”即可。'

export const NO_OPEN_TICKET = '暂未查到您正在办理中的工单。如需反映新的问题，请直接描述发生在哪里、什么情况。'
export const PHONE_KEPT = '已记录您的联系电话，之后登记的诉求会留这个号码，便于承办单位与您联系。'
export const URGE_NOTED = '已将您的催办意见记录到工单，并提醒承办单位抓紧办理。'

export function phoneAdded(number: string, phone: string): string {
  const shown = phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone
  return `已将联系电话 ${shown} 记录到工单 ${number}，承办单位如需核实情况会与您联系。`
}

export function withdrawNoted(number: string): string {
  return `已收到。我们已告知承办单位：您表示工单 ${number} 反映的问题不再需要处理。承办单位核实后会办结，并通过本渠道告知您。`
}

const ASK_WHAT: Record<string, string> = {
  complaint: '请说说您要反映的具体问题：发生在哪里、什么情况？',
  report: '请说说您要举报的具体情况：在哪里、什么事？我们会对举报人信息保密。',
  help: '请说说您遇到了什么困难、在哪里，我们尽快帮您联系处理。',
  suggestion: '请说说您的建议：关于哪方面、涉及哪里？',
  praise: '请说说您要表扬的单位或个人，以及事由。',
  consultation: '请问您想咨询什么？例如“新生儿怎么办理医保”。',
}

/** The citizen named only the kind of request ("我要举报"): ask for the matter itself. */
export function askWhat(intent: string): string {
  return ASK_WHAT[intent] ?? (ASK_WHAT.complaint as string)
}

export const FOREIGN =
  '您好！本服务目前使用中文，请用中文描述您的诉求或问题。\nHello! This service works in Chinese. Please write your request in Chinese, or call the 12345 hotline for help in other languages.'
