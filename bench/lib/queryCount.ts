/**
 * How many SQL statements one Telegram message costs, split into the acknowledgement path and the
 * work after it (turn + outbox delivery). Runs the real app in-process on a fresh PostgreSQL
 * database whose drizzle handle logs every statement, with the fake Telegram API as the platform.
 * This explains the per-message CPU the load runs measure on both sides of the connection.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { buildServices } from '../../src/buildServices.js'
import { loadKnowledgeDir } from '../../src/cli/loadKnowledgeDir.js'
import { parseConfig } from '../../src/config.js'
import { createApp } from '../../src/http/createApp.js'
import { silentLogger } from '../../src/logger.js'
import type { Db, Storage } from '../../src/storage/db.js'
import { migrate } from '../../src/storage/migrate.js'
import * as schema from '../../src/storage/schema.js'
import { createDatabase } from './postgres.js'
import { BOT_TOKEN, UpdateStream, WEBHOOK_PATH, WEBHOOK_SECRET, webhookHeaders } from './telegramUpdates.js'

export interface QueryCount {
  messages: number
  ackStatements: number
  afterAckStatements: number
  /** Statement shapes (first words) after the acknowledgement, most frequent first, for one message. */
  perMessage: { statement: string; count: number }[]
}

export async function countQueries(fakeTelegramUrl: string, messages = 20): Promise<QueryCount> {
  const database = await createDatabase('bench_q')
  const pool = new pg.Pool({ connectionString: database.url, max: 10 })
  const captured: string[] = []
  let capturing = false
  try {
    const db = drizzle(pool, { schema, logger: { logQuery: (q) => capturing && captured.push(q) } }) as unknown as Db
    const storage: Storage = { db, kind: 'postgres', close: async () => {} }
    await migrate(db)
    await loadKnowledgeDir(db, 'knowledge/policies', silentLogger)
    const config = parseConfig({
      DATABASE_URL: database.url,
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      TELEGRAM_API_ROOT: fakeTelegramUrl,
      LOG_LEVEL: 'silent',
    })
    const deferred: Promise<unknown>[] = []
    const services = await buildServices(config, storage, silentLogger, { defer: (p) => deferred.push(p) })
    const app = createApp(services)
    const stream = new UpdateStream(900_000_000, 9_000_000_000)
    let ack = 0
    let after = 0
    let sample: string[] = []
    // One untimed message first: the knowledge index and prepared caches warm up.
    for (let i = 0; i <= messages; i++) {
      const { body } = stream.next()
      captured.length = 0
      capturing = true
      const res = await app.request(WEBHOOK_PATH, { method: 'POST', headers: webhookHeaders(), body })
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`)
      const nAck = captured.length
      await Promise.all(deferred.splice(0))
      capturing = false
      if (i === 0) continue
      ack += nAck
      after += captured.length - nAck
      if (i === messages) sample = captured.slice(nAck)
    }
    const shapes = new Map<string, number>()
    for (const q of sample) {
      const shape = q.replace(/\s+/g, ' ').trim().slice(0, 60)
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
    }
    return {
      messages,
      ackStatements: Math.round((ack / messages) * 10) / 10,
      afterAckStatements: Math.round((after / messages) * 10) / 10,
      perMessage: [...shapes.entries()].sort((a, b) => b[1] - a[1]).map(([statement, count]) => ({ statement, count })),
    }
  } finally {
    await pool.end()
    await database.drop()
  }
}
