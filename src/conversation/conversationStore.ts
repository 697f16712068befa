/**
 * Contacts and conversations. The conversation row is locked (FOR UPDATE) for the whole turn, so
 * two messages of one citizen are handled one after the other even across instances. Every
 * statement here is one round trip of a turn that runs for each chat message, so they are few.
 */
import { eq, sql } from 'drizzle-orm'
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import { rowsOf, type Tx } from '../storage/db.js'
import { fromDbRow } from '../storage/fromDbRow.js'
import { contacts, conversations } from '../storage/schema.js'

export type ConversationRow = typeof conversations.$inferSelect
export type ContactRow = typeof contacts.$inferSelect

export async function openConversation(
  tx: Tx,
  msg: InboundMessage,
  now: Date,
): Promise<{ contact: ContactRow; conversation: ConversationRow }> {
  const p = msg.profile ?? {}
  const at = now.toISOString()
  // One round trip for the usual case: upsert the contact and create its conversation if it has
  // none. A conversation created here is ours (and locked) until commit; an existing one is locked
  // by the second statement below.
  const [row] = rowsOf<{ contact: Record<string, unknown>; conversation: Record<string, unknown> | null }>(
    await tx.execute(sql`
      with c as (
        insert into contacts (id, channel, account, external_user_id, display_name, phone, company_name, credit_code, last_inbound_at)
        values (${crypto.randomUUID()}, ${msg.channel}, ${msg.account}, ${msg.externalUserId}, ${p.name ?? null},
          ${p.phone ?? null}, ${p.companyName ?? null}, ${p.creditCode ?? null}, ${at}::timestamptz)
        on conflict (channel, account, external_user_id) do update set
          last_inbound_at = excluded.last_inbound_at,
          display_name = coalesce(excluded.display_name, contacts.display_name),
          phone = coalesce(excluded.phone, contacts.phone),
          company_name = coalesce(excluded.company_name, contacts.company_name),
          credit_code = coalesce(excluded.credit_code, contacts.credit_code)
        returning *),
      v as (
        insert into conversations (id, contact_id, channel, account)
        select ${crypto.randomUUID()}, c.id, ${msg.channel}, ${msg.account} from c
        on conflict (contact_id) do nothing
        returning *)
      select to_jsonb(c.*) as contact, (select to_jsonb(v.*) from v) as conversation from c`),
  )
  if (!row) throw new Error('contact upsert returned nothing')
  const contact = fromDbRow(contacts, row.contact)
  if (row.conversation) return { contact, conversation: fromDbRow(conversations, row.conversation) }
  const [conversation] = await tx
    .select()
    .from(conversations)
    .where(eq(conversations.contactId, contact.id))
    .for('update')
  if (!conversation) throw new Error('conversation not found after upsert')
  return { contact, conversation }
}

export type ConversationPatch = Partial<Pick<ConversationRow, 'state' | 'data' | 'openTicketId'>>

/**
 * The turn's one write to its conversation row: the new state (if the turn changed it) and the
 * reply window, which opens at the citizen's message (`receivedAt`, not the time it was processed)
 * and never moves back for a message that arrives late.
 */
export async function closeTurn(
  tx: Tx,
  id: string,
  patch: ConversationPatch | null,
  receivedAt: Date,
  now: Date,
): Promise<void> {
  const received = receivedAt.toISOString()
  await tx
    .update(conversations)
    .set({
      ...(patch ?? {}),
      lastInboundAt: sql`greatest(coalesce(${conversations.lastInboundAt}, ${received}::timestamptz), ${received}::timestamptz)`,
      outboundSinceInbound: 0,
      updatedAt: now,
    })
    .where(eq(conversations.id, id))
}

export async function setContactPhone(tx: Tx, contactId: string, phone: string): Promise<void> {
  await tx.update(contacts).set({ phone }).where(eq(contacts.id, contactId))
}
