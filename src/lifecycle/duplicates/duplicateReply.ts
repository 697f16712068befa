/** The filing reply for a ticket linked to an open one: "already being handled", with the parent's number. */
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../../storage/db.js'
import { tickets } from '../../storage/schema.js'
import type { TicketRow } from '../../tickets/fileTicket.js'
import type { DepartmentRef } from '../../understanding/types.js'
import { duplicateLinked } from '../lifecycleReplies.js'

export async function duplicateLinkedReply(
  db: DbOrTx,
  t: TicketRow,
  dept: DepartmentRef | null,
): Promise<string | null> {
  if (!t.duplicateOf) return null
  const [parent] = await db
    .select({ number: tickets.number, followers: tickets.followers })
    .from(tickets)
    .where(eq(tickets.id, t.duplicateOf))
    .limit(1)
  return parent ? duplicateLinked(t, parent.number, dept, parent.followers) : null
}
