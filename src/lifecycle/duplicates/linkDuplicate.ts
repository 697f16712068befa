/**
 * Duplicates (同一诉求): a new ticket with the same category and place as an open one filed within
 * `windowDays`, and a similar text, is linked to it instead of being dispatched a second time. The
 * follower rides on its parent (status `linked`, same department and deadline) and hears the reply
 * when the parent closes; the parent's `followers` count grows. Candidates come from
 * `tickets_duplicate_lookup_idx (category1, district, street, created_at)`, at most 50 of them.
 */
import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../storage/db.js'
import { tickets } from '../../storage/schema.js'
import type { TicketRow } from '../../tickets/fileTicket.js'
import { addEvents } from '../ticketTx.js'
import { textSimilarity } from './textSimilarity.js'

export interface DuplicateSettings {
  windowDays: number
  threshold: number
}

export interface DuplicateProbe {
  category1: string | null
  category2?: string | null
  category3?: string | null
  district: string | null
  street: string | null
  community: string | null
  urgency: string
  text: string
}

export interface DuplicateMatch {
  parent: Pick<TicketRow, 'id' | 'number' | 'departmentId' | 'dueAt' | 'followers'>
  similarity: number
}

/** Parents are tickets a department is still working on (or the center is about to dispatch). */
const OPEN_FOR_LINKING = ['manual', 'dispatched', 'accepted', 'in_progress', 'reopened']

export async function findDuplicate(
  db: DbOrTx,
  p: DuplicateProbe,
  s: DuplicateSettings,
  now: Date,
): Promise<DuplicateMatch | null> {
  // An emergency is never "already being handled"; a place known only to the district is too coarse.
  if (p.urgency === 'emergency' || !p.category1 || !p.district || !p.street) return null
  const since = new Date(now.getTime() - s.windowDays * 86_400_000)
  const candidates = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      departmentId: tickets.departmentId,
      dueAt: tickets.dueAt,
      followers: tickets.followers,
      description: tickets.description,
      community: tickets.community,
      category2: tickets.category2,
      category3: tickets.category3,
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.category1, p.category1),
        eq(tickets.district, p.district),
        eq(tickets.street, p.street),
        gte(tickets.createdAt, since),
        inArray(tickets.status, OPEN_FOR_LINKING),
        isNull(tickets.duplicateOf),
      ),
    )
    .orderBy(desc(tickets.createdAt))
    .limit(50)
  const strip = placeWords(p)
  let best: DuplicateMatch | null = null
  for (const c of candidates) {
    // Same place and the same kind of problem as far as both are known, then similar words.
    if (p.community && c.community && p.community !== c.community) continue
    if (p.category2 && c.category2 && p.category2 !== c.category2) continue
    if (p.category3 && c.category3 && p.category3 !== c.category3) continue
    const similarity = textSimilarity(p.text, c.description, strip)
    if (similarity >= s.threshold && (!best || similarity > best.similarity)) best = { parent: c, similarity }
  }
  return best
}

/** The parent gains a follower; both sides get an event so the center sees the link. */
export async function attachFollower(
  db: DbOrTx,
  match: DuplicateMatch,
  child: TicketRow,
  actor: string,
  now: Date,
): Promise<number> {
  const [row] = await db
    .update(tickets)
    .set({ followers: sql`${tickets.followers} + 1`, updatedAt: now })
    .where(eq(tickets.id, match.parent.id))
    .returning({ followers: tickets.followers })
  const similarity = Math.round(match.similarity * 1000) / 1000
  await addEvents(
    db,
    [
      {
        ticketId: match.parent.id,
        type: 'follower_added',
        actor,
        departmentId: match.parent.departmentId,
        data: { ticketId: child.id, number: child.number, similarity },
      },
    ],
    now,
  )
  return row?.followers ?? match.parent.followers + 1
}

function placeWords(p: DuplicateProbe): string[] {
  const out: string[] = []
  for (const name of [p.district, p.street, p.community]) {
    if (!name) continue
    out.push(name)
    const short = name.replace(/(街道办事处|街道|地区|社区|居委会|乡|镇|区|村)$/, '')
    if (short.length >= 2 && short !== name) out.push(short)
  }
  // Longest first, so "望京街道" goes before "望京".
  return out.sort((a, b) => b.length - a.length)
}
