import { spawn } from 'node:child_process'
import { spawnChild } from './lib/proc.js'
import { createDatabase } from './lib/postgres.js'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { migrate } from '../src/storage/migrate.js'
import { loadKnowledgeDir } from '../src/cli/loadKnowledgeDir.js'
import { silentLogger } from '../src/logger.js'
import * as schema from '../src/storage/schema.js'
const db = await createDatabase('bench_wr')
const pool = new pg.Pool({ connectionString: db.url })
const d = drizzle(pool, { schema }) as never
await migrate(d); await loadKnowledgeDir(d, 'knowledge/policies', silentLogger); await pool.end()
const fake = await spawnChild({ name: 'fake', script: 'bench/lib/fakeTelegram.ts', port: 0 })
const t0 = Date.now()
const wr = spawn(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'dev', '--local', '--port', '8913', '--ip', '127.0.0.1', '--persist-to', '/tmp/b7/wr-state',
  '--var', `DATABASE_URL:${db.url}`, '--var', 'TELEGRAM_BOT_TOKEN:7000000001:tok', '--var', 'TELEGRAM_WEBHOOK_SECRET:sec', '--var', `TELEGRAM_API_ROOT:${fake.url}`, '--var', 'LOG_LEVEL:warn'],
  { env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
let out = ''
wr.stdout.on('data', (c) => { out += c })
wr.stderr.on('data', (c) => { out += c })
try {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch('http://127.0.0.1:8913/healthz').then((r) => r.ok).catch(() => false)
    if (ok) break
    await new Promise((r) => setTimeout(r, 500))
  }
  console.log('ready after', Date.now() - t0)
  let r = await fetch('http://127.0.0.1:8913/api/v1/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'web', userId: 'w1', text: '怎么办理居住证？' }) })
  console.log(r.status, (await r.text()).slice(0, 200))
  r = await fetch('http://127.0.0.1:8913/channels/telegram/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'sec' }, body: JSON.stringify({ update_id: 1, message: { message_id: 1, date: 1, chat: { id: 42, type: 'private' }, text: '北京的供暖季是从什么时候开始的？' } }) })
  console.log('webhook', r.status, await r.text())
  for (let i = 0; i < 40; i++) {
    const a = await (await fetch(`${fake.url}/__arrivals`)).json() as { total: number; arrivals: unknown[] }
    if (a.total > 0) { console.log('arrivals', JSON.stringify(a)); break }
    await new Promise((r) => setTimeout(r, 500))
  }
} finally {
  process.kill(-wr.pid!, 'SIGTERM')
  await new Promise((r) => setTimeout(r, 1000))
  await fake.stop()
  await db.drop()
  console.log(out.split('\n').filter((l) => !/getaddrinfo|GetAddrInfo|callbackTrampoline/.test(l)).slice(-25).join('\n'))
}
