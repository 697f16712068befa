/**
 * Rows read back through `to_jsonb` (one-statement CTEs on hot paths) must look exactly like what
 * drizzle's query builder returns, on PGlite and on PostgreSQL.
 */
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf, type Storage } from '../../src/storage/db.js'
import { fromDbRow } from '../../src/storage/fromDbRow.js'
import { contacts, conversations } from '../../src/storage/schema.js'
import { openTestStorage, storageKind } from '../helpers/testStorage.js'

describe(`fromDbRow on ${storageKind}`, () => {
  let s: Storage
  beforeAll(async () => {
    s = await openTestStorage()
  })
  afterAll(async () => s?.close())

  it('gives the query builder’s shape: property names, Dates, parsed JSON, nulls', async () => {
    const at = new Date('2026-03-01T08:30:15.123Z')
    await s.db.insert(contacts).values({
      id: 'c-1',
      channel: 'web',
      account: 'default',
      externalUserId: 'u-1',
      displayName: '张三',
      lastInboundAt: at,
    })
    await s.db.insert(conversations).values({
      id: 'v-1',
      contactId: 'c-1',
      channel: 'web',
      account: 'default',
      state: 'awaiting_location',
      data: { draft: { text: '路灯坏了', asked: 1 } },
      lastInboundAt: at,
    })
    for (const [table, id] of [
      [contacts, 'c-1'],
      [conversations, 'v-1'],
    ] as const) {
      const [raw] = rowsOf<{ row: Record<string, unknown> }>(
        await s.db.execute(sql`select to_jsonb(t.*) as row from ${table} t where t.id = ${id}`),
      )
      const [built] = await s.db.select().from(table).where(eq(table.id, id))
      expect(raw).toBeDefined()
      expect(fromDbRow(table, raw?.row ?? {})).toEqual(built)
    }
    const [conv] = await s.db.select().from(conversations).where(eq(conversations.id, 'v-1'))
    expect(conv?.lastInboundAt).toEqual(at)
    expect(conv?.openTicketId).toBeNull()
  })
})
