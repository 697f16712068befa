/**
 * The count check: every Telegram update stored once, processed once, answered once. Read from the
 * database after the run (PGlite only once its gateway has stopped: DATA_DIR holds one process).
 */
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

export interface DbCounts {
  inboundRows: number
  uniqueUpdateIds: number
  inboundDone: number
  inboundNotDone: number
  outboxRows: number
  outboxUniqueDeliveries: number
  outboxSent: number
  outboxNotSent: number
  tickets: number
}

const SQL = `
  select
    (select count(*) from messages where direction = 'in' and channel = 'telegram')::int as inbound_rows,
    (select count(distinct external_id) from messages where direction = 'in' and channel = 'telegram')::int as unique_update_ids,
    (select count(*) from messages where direction = 'in' and channel = 'telegram' and status = 'done')::int as inbound_done,
    (select count(*) from outbox where channel = 'telegram')::int as outbox_rows,
    (select count(distinct delivery_id) from outbox where channel = 'telegram')::int as outbox_unique,
    (select count(*) from outbox where channel = 'telegram' and status = 'sent')::int as outbox_sent,
    (select count(*) from tickets)::int as tickets`

function toCounts(r: Record<string, number>): DbCounts {
  return {
    inboundRows: r.inbound_rows ?? 0,
    uniqueUpdateIds: r.unique_update_ids ?? 0,
    inboundDone: r.inbound_done ?? 0,
    inboundNotDone: (r.inbound_rows ?? 0) - (r.inbound_done ?? 0),
    outboxRows: r.outbox_rows ?? 0,
    outboxUniqueDeliveries: r.outbox_unique ?? 0,
    outboxSent: r.outbox_sent ?? 0,
    outboxNotSent: (r.outbox_rows ?? 0) - (r.outbox_sent ?? 0),
    tickets: r.tickets ?? 0,
  }
}

export async function postgresCounts(url: string): Promise<DbCounts> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return toCounts((await c.query(SQL)).rows[0])
  } finally {
    await c.end()
  }
}

export async function pgliteCounts(dataDir: string): Promise<DbCounts> {
  const db = await PGlite.create(`${dataDir.replace(/\/$/, '')}/pgdata`)
  try {
    return toCounts((await db.query<Record<string, number>>(SQL)).rows[0] ?? {})
  } finally {
    await db.close()
  }
}
