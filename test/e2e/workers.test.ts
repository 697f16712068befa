/**
 * The Workers build for real: `wrangler dev --local` runs src/worker.ts in workerd against the local
 * PostgreSQL (a fresh database), with a fake Telegram Bot API on loopback. A web message is answered
 * in the response; a Telegram update is acknowledged at once and answered through `waitUntil` and
 * the outbox. Skipped unless STORAGE_TEST_DATABASE_URL points at a PostgreSQL server (CI sets it).
 *
 * Knowledge is imported from knowledge/policies by this (Node) test first, as `npm run kb:import`
 * would in production: the worker has no file system.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadKnowledgeDir } from '../../src/cli/loadKnowledgeDir.js'
import { silentLogger } from '../../src/logger.js'
import { migrate } from '../../src/storage/migrate.js'
import { openPostgres } from '../../src/storage/openPostgres.js'
import { createTestDatabase } from '../helpers/testStorage.js'

const PG_URL = process.env.STORAGE_TEST_DATABASE_URL
const SECRET = 'workers-smoke-secret-0123456789'
const TOKEN = '7000000002:workers-smoke'

interface Sent {
  chatId: string
  text: string
}

/** Records Telegram `sendMessage` calls (https://core.telegram.org/bots/api#sendmessage). */
function startFakeTelegram(): Promise<{ server: Server; url: string; sent: Sent[] }> {
  const sent: Sent[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => {
      body += c
    })
    req.on('end', () => {
      res.setHeader('content-type', 'application/json')
      if (req.url !== `/bot${TOKEN}/sendMessage`) {
        res.statusCode = 404
        res.end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }))
        return
      }
      const m = JSON.parse(body) as { chat_id: number | string; text: string }
      sent.push({ chatId: String(m.chat_id), text: m.text })
      res.end(
        JSON.stringify({
          ok: true,
          result: { message_id: sent.length, date: 0, chat: { id: Number(m.chat_id), type: 'private' }, text: m.text },
        }),
      )
    })
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent }),
    ),
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const v = await probe().catch(() => null)
    if (v) return v
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe.skipIf(!PG_URL)('Workers runtime (wrangler dev, workerd) on PostgreSQL', () => {
  let db: { url: string; drop: () => Promise<void> }
  let fake: Awaited<ReturnType<typeof startFakeTelegram>>
  let wrangler: ChildProcess | undefined
  let base = ''
  let output = ''

  const query = async (text: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: db.url })
    await c.connect()
    try {
      return (await c.query(text, params)).rows
    } finally {
      await c.end()
    }
  }

  const update = (updateId: number, chatId: number, text: string) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' },
      from: { id: chatId, is_bot: false, first_name: '市民' },
      text,
    },
  })

  const postUpdate = (body: unknown, secret = SECRET) =>
    fetch(`${base}/channels/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify(body),
    })

  beforeAll(async () => {
    db = await createTestDatabase(PG_URL as string)
    const storage = openPostgres(db.url, { max: 2 })
    await migrate(storage.db)
    await loadKnowledgeDir(storage.db, 'knowledge/policies', silentLogger)
    await storage.close()
    fake = await startFakeTelegram()
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const vars = {
      DATABASE_URL: db.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: fake.url,
      LOG_LEVEL: 'warn',
    }
    const args = [
      'node_modules/wrangler/bin/wrangler.js',
      'dev',
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
    ]
    args.push(
      '--persist-to',
      join(tmpdir(), `workers-smoke-${port}`),
      ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
    )
    // No network: no Request.cf download, no update check, no telemetry.
    const env = {
      ...process.env,
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      WRANGLER_SEND_METRICS: 'false',
      CI: 'true',
    }
    // Own process group, so workerd (wrangler's child) stops with it.
    wrangler = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const keep = (c: Buffer) => {
      output = (output + c.toString()).slice(-4000)
    }
    wrangler.stdout?.on('data', keep)
    wrangler.stderr?.on('data', keep)
    try {
      await waitFor(
        'wrangler dev to answer /healthz',
        async () => ((await fetch(`${base}/healthz`)).ok ? true : null),
        150_000,
      )
    } catch (e) {
      throw new Error(`${(e as Error).message}\n${output}`)
    }
  }, 240_000)

  afterAll(async () => {
    if (wrangler?.pid && wrangler.exitCode === null) {
      const exited = new Promise((r) => wrangler?.once('exit', r))
      process.kill(-wrangler.pid, 'SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (wrangler.exitCode === null) process.kill(-wrangler.pid, 'SIGKILL')
    }
    await new Promise((r) => fake?.server.close(r))
    await db?.drop()
  }, 60_000)

  it('answers a web message from the knowledge base, with the citation', async () => {
    const res = await fetch(`${base}/api/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'web', userId: 'workers-web-1', text: '怎么办理居住证？' }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { replies: { text: string; citations?: string[] }[] }
    expect(body.replies[0]?.citations).toContain('residence-permit')
    expect(body.replies[0]?.text).toContain('居住证')
    const rows = await query(`select direction, status from messages where channel = 'web' order by direction`)
    expect(rows.map((r) => r.direction)).toEqual(['in', 'out'])
    // The web chat page and its script are served from the Worker too.
    const page = await fetch(`${base}/chat`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('/chat/chat.js')
    const script = await fetch(`${base}/chat/chat.js`)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
  }, 60_000)

  it('acknowledges a Telegram update, then replies through the outbox (waitUntil)', async () => {
    const res = await postUpdate(update(910001, 88001, '北京的供暖季是从什么时候开始的？'))
    expect(res.status).toBe(200)
    const reply = await waitFor(
      'the reply at the fake Telegram API',
      async () => fake.sent.find((s) => s.chatId === '88001') ?? null,
      30_000,
    )
    expect(reply.text).toContain('11月15日')
    expect(reply.text).toContain('《北京供暖期、室温标准和暖气报修》')
    const inbound = await query(
      `select status from messages where channel = 'telegram' and direction = 'in' and external_id = '910001'`,
    )
    expect(inbound).toEqual([{ status: 'done' }])
    const out = await waitFor(
      'the outbox row to be marked sent',
      async () => {
        const rows = await query(`select status from outbox where channel = 'telegram' and recipient = '88001'`)
        return rows.length === 1 && rows[0]?.status === 'sent' ? rows : null
      },
      10_000,
    )
    expect(out).toHaveLength(1)
  }, 60_000)

  it('processes a redelivered update once', async () => {
    const body = update(910002, 88002, '居住证办理需要什么材料？')
    expect((await postUpdate(body)).status).toBe(200)
    await waitFor('the first reply', async () => fake.sent.find((s) => s.chatId === '88002') ?? null, 30_000)
    expect((await postUpdate(body)).status).toBe(200)
    await new Promise((r) => setTimeout(r, 1500))
    expect(fake.sent.filter((s) => s.chatId === '88002')).toHaveLength(1)
    expect(
      await query(
        `select count(*)::int as n from messages where channel = 'telegram' and direction = 'in' and external_id = '910002'`,
      ),
    ).toEqual([{ n: 1 }])
  }, 60_000)

  it('rejects a wrong secret token with 401 and stores nothing', async () => {
    const res = await postUpdate(update(910003, 88003, '怎么办理居住证？'), 'not-the-secret')
    expect(res.status).toBe(401)
    expect(await query(`select count(*)::int as n from messages where external_id = '910003'`)).toEqual([{ n: 0 }])
  }, 30_000)
})
