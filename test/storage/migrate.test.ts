import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf, type Storage } from '../../src/storage/db.js'
import { migrate } from '../../src/storage/migrate.js'
import { messages } from '../../src/storage/schema.js'
import { openTestStorage, storageKind } from '../helpers/testStorage.js'

describe(`storage on ${storageKind}`, () => {
  let s: Storage
  beforeAll(async () => {
    s = await openTestStorage()
  })
  afterAll(async () => s?.close())

  it('creates every table of the schema', async () => {
    const r = await s.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`)
    const names = rowsOf<{ table_name: string }>(r).map((x) => x.table_name)
    for (const t of [
      'contacts',
      'conversations',
      'messages',
      'outbox',
      'tickets',
      'ticket_events',
      'knowledge_entries',
      'knowledge_versions',
      'departments',
      'audit_log',
    ]) {
      expect(names).toContain(t)
    }
  })

  it('is idempotent: running the migrations again applies nothing', async () => {
    expect(await migrate(s.db)).toEqual([])
  })

  it('rejects a second inbound message with the same channel, account and external id', async () => {
    const row = {
      direction: 'in' as const,
      channel: 'telegram',
      account: 'bot1',
      externalId: 'upd-1',
      kind: 'text',
      text: 'hi',
    }
    await s.db.insert(messages).values({ id: crypto.randomUUID(), ...row })
    const again = await s.db
      .insert(messages)
      .values({ id: crypto.randomUUID(), ...row })
      .onConflictDoNothing()
      .returning()
    expect(again).toHaveLength(0)
    // The same external id on another account is a different message.
    const other = await s.db
      .insert(messages)
      .values({ id: crypto.randomUUID(), ...row, account: 'bot2' })
      .onConflictDoNothing()
      .returning()
    expect(other).toHaveLength(1)
  })

  it('allows any number of outbound rows without an external id', async () => {
    const row = {
      direction: 'out' as const,
      channel: 'web',
      account: 'web',
      kind: 'text',
      text: 'reply',
      status: 'inline',
    }
    await s.db.insert(messages).values([
      { id: crypto.randomUUID(), ...row },
      { id: crypto.randomUUID(), ...row },
    ])
    const r = await s.db.execute(sql`select count(*)::int as n from messages where direction = 'out'`)
    expect(rowsOf<{ n: number }>(r)[0]?.n).toBe(2)
  })
})
