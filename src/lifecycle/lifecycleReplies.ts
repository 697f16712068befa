/** What the citizen hears after filing: the department's reply, the callback, a second round, a linked duplicate. */
import type { TicketRow } from '../tickets/fileTicket.js'
import type { DepartmentRef } from '../understanding/types.js'

export function closeReply(t: Pick<TicketRow, 'number' | 'round'>, departmentName: string, reply: string): string {
  const round = t.round > 1 ? '（二次办理）' : ''
  return `【办理结果】您反映的问题（工单 ${t.number}）已由${departmentName}办结${round}。\n答复：${reply.trim()}`
}

export function callbackQuestion(number: string): string {
  return [
    `【回访】关于工单 ${number}，请问：`,
    '1. 您的问题是否已解决？（已解决 / 未解决）',
    '2. 您对办理结果是否满意？（满意 / 基本满意 / 不满意）',
    '可直接回复，例如“已解决，满意”“没解决，不满意”。',
  ].join('\n')
}

export const ASK_RESOLVED = '请再告诉我们：您的问题是否已经解决？（已解决 / 未解决）'
export const ASK_SATISFACTION = '请再告诉我们：您对办理结果是否满意？（满意 / 基本满意 / 不满意）'

export function callbackThanks(number: string): string {
  return `感谢您的评价！工单 ${number} 的回访已记录。如有新的问题，随时告诉我们。`
}

export function reopenedNotice(number: string, departmentName: string, limitText: string): string {
  return `抱歉没有让您满意。工单 ${number} 已退回${departmentName}进行二次办理，办理时限：${limitText}，结果会通过本渠道告知您。`
}

export function callbackRecordedNoReopen(number: string): string {
  return `您的评价已记录（工单 ${number}）。该工单已完成二次办理，热线中心将对办理情况进行督办核查。`
}

export function duplicateLinked(
  t: Pick<TicketRow, 'number'>,
  parentNumber: string,
  dept: DepartmentRef | null,
  followers: number,
): string {
  const who = dept ? dept.name : '承办单位'
  return [
    `您反映的问题与工单 ${parentNumber} 是同一问题，${who}已在办理中，已有 ${followers} 位市民反映。`,
    `我们已将您的诉求合并登记（编号 ${t.number}），办理结果会通过本渠道同步告知您。`,
  ].join('\n')
}
