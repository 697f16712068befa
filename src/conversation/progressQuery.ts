/**
 * "我的工单办得怎么样了？" — a citizen asks how their request is going. They get the status of their own
 * tickets on the spot (status, handling unit, deadline, latest progress or the reply), instead of the question
 * being filed as a new request or searched in the policy knowledge base.
 */
import { and, desc, eq, inArray } from 'drizzle-orm'
import { statusLabel } from '../lifecycle/ticketStatus.js'
import { ticketEvents, tickets } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import { localDay } from '../tickets/ticketNumber.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'
import type { Analysis } from '../understanding/types.js'
import * as say from './replies.js'
import { hasPlace, type Turn } from './turn.js'

/** Ticket numbers as the gateway hands them out: BJ-20261122-000123 (any city prefix, any case). */
const TICKET_NUMBER = /(?<![A-Za-z0-9])([A-Za-z]{1,8}-\d{8}-\d{6})(?!\d)/u
/** Asking after a request already made: progress, result, "still nobody came". */
const PROGRESS_CUE =
  /(进度|进展|办得?怎么样|办到哪|处理得?怎么样|处理到哪|处理结果|办理结果|有结果了?吗|有回复了?吗|有人(管|处理)了?吗|查(询|一下|下)?(我的)?(工单|诉求|投诉)|(工单|诉求)(状态|情况|进度))/u
/** A progress question is short; a long message that mentions 进度 ("改造进度严重滞后") is a new matter. */
const MAX_CUE_ONLY_LENGTH = 24
const SHOWN = 3

export type ProgressAsk = { kind: 'number'; number: string } | { kind: 'mine' }

/** Whether the text asks after the citizen's own tickets; null when it is something else. */
export function asksProgress(text: string, analysis: Analysis | null): ProgressAsk | null {
  const num = TICKET_NUMBER.exec(text)
  if (num) return { kind: 'number', number: (num[1] as string).toUpperCase() }
  const compact = text.replace(/\s+/g, '')
  if (compact.length > MAX_CUE_ONLY_LENGTH || !PROGRESS_CUE.test(compact)) return null
  // "望京街道那个工地的进度" names a place: a matter of its own, not a question about a ticket.
  if (analysis && hasPlace(analysis.location)) return null
  return { kind: 'mine' }
}

/**
 * Replies with the status of the asker's tickets. Only tickets filed by this contact are ever shown: a number
 * that belongs to someone else gets the same answer as one that does not exist.
 */
export async function answerProgress(
  t: Turn,
  ask: ProgressAsk,
  lookup: DepartmentLookup,
  timeZone: string,
): Promise<void> {
  const mine = eq(tickets.contactId, t.contact.id)
  const rows =
    ask.kind === 'number'
      ? await t.tx
          .select()
          .from(tickets)
          .where(and(mine, eq(tickets.number, ask.number)))
          .limit(1)
      : await t.tx.select().from(tickets).where(mine).orderBy(desc(tickets.createdAt)).limit(SHOWN)
  if (rows.length === 0) {
    t.replies.push({ text: ask.kind === 'number' ? say.noSuchTicket(ask.number) : say.NO_TICKETS })
    return
  }
  // A linked follower rides on its parent: the parent's unit, deadline and progress are the citizen's news.
  const parentIds = rows.filter((r) => r.status === 'linked' && r.duplicateOf).map((r) => r.duplicateOf as string)
  const parents = new Map(
    (parentIds.length ? await t.tx.select().from(tickets).where(inArray(tickets.id, parentIds)) : []).map((p) => [
      p.id,
      p,
    ]),
  )
  const notes = await latestNotes(t, [...rows.map((r) => r.id), ...parentIds])
  const parts = rows.map((r) => {
    const parent = r.duplicateOf ? parents.get(r.duplicateOf) : undefined
    if (r.status !== 'linked' || !parent) return describe(r, lookup, notes.get(r.id) ?? null, timeZone)
    const via = describe(parent, lookup, notes.get(parent.id) ?? null, timeZone)
    return { ...via, number: r.number, title: r.title, status: `与同类工单 ${parent.number} 合并办理（${via.status}）` }
  })
  t.replies.push({ text: say.ticketProgress(parts) })
}

/** The newest progress note of each ticket (what the unit last said it did). */
async function latestNotes(t: Turn, ids: string[]): Promise<Map<string, string>> {
  const rows = await t.tx
    .select({ ticketId: ticketEvents.ticketId, data: ticketEvents.data })
    .from(ticketEvents)
    .where(and(inArray(ticketEvents.ticketId, ids), eq(ticketEvents.type, 'progress')))
    .orderBy(desc(ticketEvents.id))
  const out = new Map<string, string>()
  for (const r of rows) {
    const note = r.data.note
    if (typeof note === 'string' && note.trim() && !out.has(r.ticketId)) out.set(r.ticketId, note.trim())
  }
  return out
}

function describe(r: TicketRow, lookup: DepartmentLookup, note: string | null, timeZone: string): say.TicketProgress {
  const dept = lookup(r.departmentId)
  const due = r.dueAt && r.status !== 'closed' && r.status !== 'manual' ? localDay(r.dueAt, timeZone) : null
  return {
    number: r.number,
    title: r.title,
    status: statusLabel(r.status),
    department: r.status === 'manual' || !dept ? null : dept.name,
    due: due ? `${due.slice(0, 4)}-${due.slice(4, 6)}-${due.slice(6)}` : null,
    latest: r.status === 'closed' ? null : note,
    reply: r.status === 'closed' ? r.reply : null,
  }
}
