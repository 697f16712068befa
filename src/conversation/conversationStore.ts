/**
 * Contacts and conversations. The conversation row is locked (FOR UPDATE) for the whole turn, so
 * two messages of one citizen are handled one after the other even across instances.
 */
import { eq, sql } from 'drizzle-orm'
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import type { Tx } from '../storage/db.js'
import { contacts, conversations } from '../storage/schema.js'

export type ConversationRow = typeof conversations.$inferSelect
export type ContactRow = typeof contacts.$inferSelect

export async function openConversation(
  tx: Tx,
  msg: InboundMessage,
  now: Date,
): Promise<{ contact: ContactRow; conversation: ConversationRow }> {
  const p = msg.profile ?? {}
  const [contact] = await tx
    .insert(contacts)
    .values({
      id: crypto.randomUUID(),
      channel: msg.channel,
      account: msg.account,
      externalUserId: msg.externalUserId,
      displayName: p.name ?? null,
      phone: p.phone ?? null,
      companyName: p.companyName ?? null,
      creditCode: p.creditCode ?? null,
      lastInboundAt: now,
    })
    .onConflictDoUpdate({
      target: [contacts.channel, contacts.account, contacts.externalUserId],
      set: {
        lastInboundAt: now,
        displayName: sql`coalesce(excluded.display_name, ${contacts.displayName})`,
        phone: sql`coalesce(excluded.phone, ${contacts.phone})`,
        companyName: sql`coalesce(excluded.company_name, ${contacts.companyName})`,
        creditCode: sql`coalesce(excluded.credit_code, ${contacts.creditCode})`,
      },
    })
    .returning()
  if (!contact) throw new Error('contact upsert returned nothing')
  await tx
    .insert(conversations)
    .values({ id: crypto.randomUUID(), contactId: contact.id, channel: msg.channel, account: msg.account })
    .onConflictDoNothing({ target: conversations.contactId })
  const [conversation] = await tx
    .select()
    .from(conversations)
    .where(eq(conversations.contactId, contact.id))
    .for('update')
  if (!conversation) throw new Error('conversation not found after upsert')
  return { contact, conversation }
}

export async function saveConversation(
  tx: Tx,
  id: string,
  patch: Partial<Pick<ConversationRow, 'state' | 'data' | 'openTicketId'>>,
  now: Date,
): Promise<void> {
  await tx
    .update(conversations)
    .set({ ...patch, lastInboundAt: now, outboundSinceInbound: 0, updatedAt: now })
    .where(eq(conversations.id, id))
}

export async function setContactPhone(tx: Tx, contactId: string, phone: string): Promise<void> {
  await tx.update(contacts).set({ phone }).where(eq(contacts.id, contactId))
}
