/**
 * Two gateway processes (`src/main.ts`, as deployed) on one PostgreSQL database take a burst of
 * Telegram updates, each delivered to BOTH of them (as a platform retrying against a load balancer
 * would). Every update must be stored once, answered once, and every reply must reach the (fake)
 * Telegram API exactly once: no duplicate, no loss. Runs in CI's PostgreSQL pass (`npm run test:pg`);
 * skipped without STORAGE_TEST_DATABASE_URL.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf, type Storage } from '../../src/storage/db.js'
import { migrate } from '../../src/storage/migrate.js'
import { openPostgres } from '../../src/storage/openPostgres.js'
import { SECRETS } from '../channels/helpers/channelGateway.js'
import { telegramText } from '../channels/helpers/channelRequests.js'
import { type FakePlatform, platformOk, startFakePlatform } from '../channels/helpers/fakePlatform.js'
import { createTestDatabase, PG_URL } from '../helpers/testStorage.js'

const CHATS = 30
const PER_CHAT = 4
const TEXTS = ['你好', '朝阳区望京街道花家地西里小区门口垃圾无人清运', '居住证怎么办理', '谢谢']

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0))
    })
  })
}

describe.skipIf(!PG_URL)('two gateway processes on one PostgreSQL database', () => {
  let db: { url: string; drop: () => Promise<void> }
  let storage: Storage
  let telegram: FakePlatform
  const gateways: { url: string; proc: ChildProcess; log: string[] }[] = []

  beforeAll(async () => {
    db = await createTestDatabase(PG_URL as string)
    storage = openPostgres(db.url, { max: 2 })
    await migrate(storage.db)
    telegram = await startFakePlatform(platformOk)
    for (let i = 0; i < 2; i++) {
      const port = await freePort()
      const log: string[] = []
      const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: new URL('../..', import.meta.url).pathname,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: db.url,
          LOG_LEVEL: 'warn',
          WORKER_POLL_MS: '100',
          TELEGRAM_BOT_TOKEN: SECRETS.telegramToken,
          TELEGRAM_WEBHOOK_SECRET: SECRETS.telegramSecret,
          TELEGRAM_API_ROOT: telegram.url,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      proc.stdout?.on('data', (d) => log.push(String(d)))
      proc.stderr?.on('data', (d) => log.push(String(d)))
      gateways.push({ url: `http://127.0.0.1:${port}`, proc, log })
    }
    const until = Date.now() + 90_000
    for (const g of gateways) {
      for (;;) {
        const ok = await fetch(`${g.url}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
        if (ok) break
        if (Date.now() > until || g.proc.exitCode !== null) throw new Error(`gateway did not start:\n${g.log.join('')}`)
        await new Promise((r) => setTimeout(r, 250))
      }
    }
  }, 120_000)

  afterAll(async () => {
    for (const g of gateways) g.proc.kill('SIGTERM')
    await Promise.all(
      gateways.map((g) => new Promise((r) => (g.proc.exitCode !== null ? r(null) : g.proc.once('exit', r)))),
    )
    await telegram?.close()
    await storage?.close()
    await db?.drop()
  }, 60_000)

  it('processes a burst delivered to both instances once each, losing nothing', async () => {
    const updates: string[] = []
    for (let m = 0; m < PER_CHAT; m++) {
      for (let c = 0; c < CHATS; c++)
        updates.push(
          telegramText({ updateId: 900_000 + m * CHATS + c, chatId: 5_000_000 + c, text: TEXTS[m] as string }),
        )
    }
    const post = (url: string, body: string) =>
      fetch(`${url}/channels/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRETS.telegramSecret },
        body,
      }).then((r) => r.status)
    // Each update to both instances at once; a round of every chat's n-th message at a time.
    for (let m = 0; m < PER_CHAT; m++) {
      const round = updates.slice(m * CHATS, (m + 1) * CHATS)
      const statuses = await Promise.all(round.flatMap((body) => gateways.map((g) => post(g.url, body))))
      expect(statuses.every((s) => s === 200)).toBe(true)
    }

    const q = async (query: ReturnType<typeof sql>) =>
      Number(rowsOf<{ n: number }>(await storage.db.execute(query))[0]?.n ?? 0)
    const until = Date.now() + 120_000
    for (;;) {
      const open = await q(
        sql`select count(*)::int as n from messages where direction = 'in' and status in ('pending', 'processing')`,
      )
      const queued = await q(sql`select count(*)::int as n from outbox where status in ('pending', 'sending')`)
      if (open === 0 && queued === 0) break
      if (Date.now() > until)
        throw new Error(
          `not drained: ${open} inbound, ${queued} outbound\n${gateways.map((g) => g.log.join('')).join('\n')}`,
        )
      await new Promise((r) => setTimeout(r, 250))
    }

    const total = CHATS * PER_CHAT
    expect(await q(sql`select count(*)::int as n from messages where direction = 'in'`)).toBe(total)
    expect(await q(sql`select count(*)::int as n from messages where direction = 'in' and status = 'done'`)).toBe(total)
    // Every message was answered...
    expect(
      await q(
        sql`select count(*)::int as n from messages i where i.direction = 'in' and not exists (select 1 from messages o where o.direction = 'out' and o.payload->>'inReplyTo' = i.id)`,
      ),
    ).toBe(0)
    // ...and every answer left exactly once.
    const outbound = await q(sql`select count(*)::int as n from messages where direction = 'out'`)
    const sent = await q(sql`select count(*)::int as n from outbox where status = 'sent'`)
    const calls = telegram.calls(/sendMessage$/)
    expect(await q(sql`select count(*)::int as n from outbox`)).toBe(outbound)
    expect(sent).toBe(outbound)
    expect(calls).toHaveLength(outbound)
    // Per chat, the API saw exactly the replies the database holds, in the same order.
    const rows = rowsOf<{ chat: string; texts: string[] }>(
      await storage.db.execute(sql`
        select external_user_id as chat, array_agg(text order by created_at, (payload->>'seq')::int) as texts
        from messages where direction = 'out' group by external_user_id`),
    )
    for (const r of rows)
      expect(calls.filter((c) => c.json.chat_id === r.chat).map((c) => c.json.text)).toEqual(r.texts)
    console.log(`two instances: ${total} updates (${total * 2} deliveries), ${outbound} replies sent once each`)
  }, 240_000)
})
