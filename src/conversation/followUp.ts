/**
 * What citizens say about a request they already made, besides adding facts: they withdraw it ("问题已经
 * 解决了，不用处理了", "撤销工单"), hurry it ("能不能快点处理", "什么时候能修好"), or leave a phone number for
 * the unit to call. Each is recorded on the open ticket as a supplement of its kind, which the unit sees in
 * its history, and answered as what it is, not taken as a new request or a policy question.
 */
import { and, desc, eq, inArray } from 'drizzle-orm'
import { OPEN_STATUSES } from '../lifecycle/ticketStatus.js'
import { maskPii } from '../logger.js'
import { ticketEvents, tickets } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'
import { answerProgress } from './progressQuery.js'
import * as say from './replies.js'
import { save, type Turn } from './turn.js'

export type FollowUpKind = 'withdraw' | 'urge' | 'phone'

const WITHDRAW =
  /(撤销|撤回|撤掉|撤单|取消)(这个|我的|刚才的?)?(工单|投诉|诉求|举报|反映|申请)|不(用|需要)(再)?(处理|管|来)了|(问题|事情)?(已经|已)(自己)?(解决|处理好|修好)了?[，,。！!]*(不用|不需要|谢谢|$)/u
/** Hurrying a request already made; "请尽快修一下路灯" is a new matter and does not count. */
const URGE =
  /催(一下|一催|办)?|怎么还没|还没(有)?(人)?(来|处理|解决|修|回复)|还要等多久|要等多久|多久(才)?能|什么时候(能|才能|可以)?(处理|解决|修|来|办|好)|何时(能)?(处理|解决|修|办)|^(请|麻烦|能不能|能否|可以|希望)?(快点|尽快|赶紧|抓紧)(处理|解决|办理|办|修)?(一下)?(吧|啊|好吗|行吗|可以吗)?$/u
const MAX_URGE_LENGTH = 30
/** What may stand around a phone number that is all the message says ("我的电话是…", "联系方式：…"). */
const PHONE_WORDS = /我的|电话|手机|号码|联系方式|联系电话|是|：|:|，|,|。|\s/gu

export function followUpOf(text: string, phone: string | null): FollowUpKind | null {
  const s = text.replace(/\s+/g, '')
  if (phone && s.replace(phone, '').replace(PHONE_WORDS, '').length <= 2) return 'phone'
  if (s.length <= 40 && WITHDRAW.test(s)) return 'withdraw'
  if (s.length <= MAX_URGE_LENGTH && URGE.test(s)) return 'urge'
  return null
}

/** The citizen's newest ticket still being handled, if any. */
async function openTicketOf(t: Turn): Promise<TicketRow | null> {
  const [row] = await t.tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.contactId, t.contact.id), inArray(tickets.status, OPEN_STATUSES)))
    .orderBy(desc(tickets.createdAt))
    .limit(1)
  return row ?? null
}

/** False when there is nothing to follow up and the message should be read as a request of its own. */
export async function handleFollowUp(
  t: Turn,
  kind: FollowUpKind,
  lookup: DepartmentLookup,
  timeZone: string,
): Promise<boolean> {
  const open = await openTicketOf(t)
  if (!open) {
    // "什么时候能修好" with no request on file may be the start of one.
    if (kind === 'urge') return false
    t.replies.push({ text: kind === 'phone' ? say.PHONE_KEPT : say.NO_OPEN_TICKET })
    return true
  }
  await t.tx.insert(ticketEvents).values({
    ticketId: open.id,
    type: 'supplement',
    actor: `citizen:${t.contact.id}`,
    departmentId: open.departmentId,
    data: { text: kind === 'phone' ? maskPii(t.text) : t.text, kind, messageExternalId: t.msg.externalId },
    createdAt: t.now,
  })
  // A hurry-up from a citizen whose report was linked to another's also goes on the ticket being worked on.
  if (kind === 'urge' && open.status === 'linked' && open.duplicateOf) {
    await t.tx.insert(ticketEvents).values({
      ticketId: open.duplicateOf,
      type: 'supplement',
      actor: `citizen:${t.contact.id}`,
      departmentId: open.departmentId,
      data: { text: t.text, kind, viaLinked: open.number, messageExternalId: t.msg.externalId },
      createdAt: t.now,
    })
  }
  if (kind === 'phone') {
    // The unit calls the number on the ticket; one the citizen gives afterwards replaces none they gave before.
    if (!open.phone && t.phone)
      await t.tx.update(tickets).set({ phone: t.phone, updatedAt: t.now }).where(eq(tickets.id, open.id))
    t.replies.push({ text: say.phoneAdded(open.number, t.phone ?? '') })
  } else if (kind === 'withdraw') {
    t.replies.push({ text: say.withdrawNoted(open.number) })
  } else {
    t.replies.push({ text: say.URGE_NOTED })
    await answerProgress(t, { kind: 'number', number: open.number }, lookup, timeZone)
  }
  save(t, { state: 'idle', data: {} })
  return true
}
