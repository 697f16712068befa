/**
 * `npm run ack-latency`: how fast each channel webhook acknowledges, on loopback. Starts the real
 * gateway in process (embedded PGlite in memory, or PostgreSQL with DATABASE_URL), with the Node
 * worker loop running as in production so turns are processed while the acknowledgements are
 * measured, and fake platform APIs on loopback for the replies. Sends correctly signed new messages
 * to every webhook and prints p50/p99 of the time until the acknowledgement (HTTP response).
 *
 *   npm run ack-latency -- --count=300 --concurrency=8 --seconds=60
 *
 * Bounded: at most --count requests and --seconds per channel. WeChat is measured with passive
 * replies off (acknowledgement only) and, separately, with them on (the response then carries the
 * answer, so it includes the turn).
 */
import { serve } from '@hono/node-server'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { wechatSignature } from '../../channels/wechat/wechatSignature.js'
import { weiboSignature } from '../../channels/weibo/weiboAdapter.js'
import { buildServices } from '../buildServices.js'
import { runtimeOf } from '../channels/channelRuntime.js'
import { Limiter } from '../channels/Limiter.js'
import { startChannelWorkers } from '../channels/startChannelWorkers.js'
import { parseConfig } from '../config.js'
import { signedHeaders } from '../contract/signedRequest.js'
import { createApp } from '../http/createApp.js'
import { silentLogger } from '../logger.js'
import { rowsOf, type Storage } from '../storage/db.js'
import { migrate } from '../storage/migrate.js'
import { openPglite } from '../storage/openPglite.js'
import { openPostgres } from '../storage/openPostgres.js'
import { loadKnowledgeDir } from './loadKnowledgeDir.js'

const arg = (name: string, def: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def)
const COUNT = arg('count', 300)
const CONCURRENCY = arg('concurrency', 8)
const SECONDS = arg('seconds', 60)
const PASSIVE_COUNT = arg('passive-count', 50)
const WARMUP = arg('warmup', 30)
/** --process=0 measures the acknowledgement path alone: nothing processes the stored messages. */
const PROCESS = arg('process', 1) !== 0

const TEXTS = [
  '你好',
  '居住证怎么办理',
  '朝阳区望京街道花家地西里小区门口垃圾无人清运',
  '社保卡丢了怎么补办',
  '小区楼下饭店油烟扰民，在海淀区中关村街道',
]
const S = {
  wechat: 'wechat-token',
  weibo: 'weibo-secret',
  tg: '123456789:bench-token',
  tgSecret: 'tg-secret',
  wechaty: 'wechaty-secret',
  hook: 'hook-secret',
}

type Req = { path: string; headers: Record<string, string>; body: string }
type Builder = (i: number) => Promise<Req>

const nowSec = () => String(Math.floor(Date.now() / 1000))
const text = (i: number) => TEXTS[i % TEXTS.length] as string
const user = (i: number) => i % 97

const builders: Record<string, Builder> = {
  telegram: async (i) => ({
    path: '/channels/telegram/webhook',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': S.tgSecret },
    body: JSON.stringify({
      update_id: 1_000_000 + i,
      message: {
        message_id: i,
        date: 1,
        chat: { id: 7_000_000 + user(i), type: 'private' },
        from: { id: 7_000_000 + user(i), is_bot: false, first_name: 'B' },
        text: text(i),
      },
    }),
  }),
  wechat: async (i) => {
    const ts = nowSec()
    const nonce = String(i)
    const xml = `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oBench${user(i)}]]></FromUserName><CreateTime>${ts}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text(i)}]]></Content><MsgId>${8_000_000_000 + i}</MsgId></xml>`
    return {
      path: `/channels/wechat/webhook?signature=${await wechatSignature([S.wechat, ts, nonce])}&timestamp=${ts}&nonce=${nonce}`,
      headers: { 'content-type': 'text/xml' },
      body: xml,
    }
  },
  weibo: async (i) => {
    const ts = String(Date.now())
    const nonce = String(i)
    const body = JSON.stringify({
      type: 'text',
      receiver_id: 1902538057,
      sender_id: 3_000_000_000 + user(i),
      created_at: `bench ${i}`,
      text: text(i),
      data: {},
    })
    return {
      path: `/channels/weibo/webhook?signature=${await weiboSignature(S.weibo, ts, nonce)}&timestamp=${ts}&nonce=${nonce}`,
      headers: { 'content-type': 'application/json' },
      body,
    }
  },
  wechaty: async (i) => {
    const body = JSON.stringify({ id: `bench-${i}`, bot: 'wxid_bot', talker: { id: `wxid_${user(i)}` }, text: text(i) })
    return { path: '/channels/wechaty/inbound', headers: await signedHeaders(S.wechaty, body), body }
  },
  webhook: async (i) => {
    const body = JSON.stringify({ messageId: `bench-${i}`, userId: `hook-${user(i)}`, text: text(i) })
    return { path: '/channels/webhook/bench', headers: await signedHeaders(S.hook, body), body }
  },
}

/** One loopback server answering as every platform API does on success. */
async function startFakeApis(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const p = req.url ?? ''
      res.setHeader('content-type', 'application/json')
      if (p.includes('stable_token')) return res.end(JSON.stringify({ access_token: 'T', expires_in: 7200 }))
      if (p.startsWith('/cgi-bin/')) return res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }))
      if (p.startsWith('/bot'))
        return res.end(
          JSON.stringify({ ok: true, result: { message_id: 1, date: 1, chat: { id: 1, type: 'private' } } }),
        )
      res.end('{"ok":true}')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const a = server.address()
  return { url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, close: () => server.close() }
}

async function startGateway(apis: string, passiveMs: number, storage: Storage) {
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    WECHAT_TOKEN: S.wechat,
    WECHAT_APPID: 'wx-bench',
    WECHAT_APPSECRET: 'x',
    WECHAT_API_BASE: apis,
    WECHAT_PASSIVE_REPLY_MS: String(passiveMs),
    WEIBO_APP_SECRET: S.weibo,
    WEIBO_ACCESS_TOKEN: 'x',
    WEIBO_API_BASE: apis,
    TELEGRAM_BOT_TOKEN: S.tg,
    TELEGRAM_WEBHOOK_SECRET: S.tgSecret,
    TELEGRAM_API_ROOT: apis,
    WECHATY_SECRET: S.wechaty,
    WECHATY_BRIDGE_URL: `${apis}/send`,
    WEBHOOK_SECRETS: `bench:${S.hook}`,
    WEBHOOK_OUTBOUND_URLS: `bench:${apis}/hook`,
  })
  const services = await buildServices(config, storage, silentLogger)
  // Without processing, no turn may start: a limiter with no queue refuses every kick.
  if (!PROCESS) runtimeOf(services).inbound = new Limiter(1, 0)
  const workers = PROCESS ? startChannelWorkers(services) : { stop: async () => {} }
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: createApp(services).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  const a = server.address()
  return {
    url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
    services,
    stop: async () => {
      server.close()
      await workers.stop()
    },
  }
}

interface Row {
  channel: string
  n: number
  errors: number
  p50: number
  p99: number
  max: number
}

async function measure(channel: string, url: string, build: Builder, count: number, offset: number): Promise<Row> {
  const times: number[] = []
  let errors = 0
  let next = 0
  const deadline = Date.now() + SECONDS * 1000
  const worker = async () => {
    while (next < count && Date.now() < deadline) {
      const i = offset + next++
      const r = await build(i)
      const t0 = performance.now()
      try {
        const res = await fetch(url + r.path, { method: 'POST', headers: r.headers, body: r.body })
        const body = await res.text()
        if (res.status >= 300) {
          errors++
          if (errors <= 3) console.error(`${channel}: HTTP ${res.status} ${body.slice(0, 200)}`)
        }
      } catch (e) {
        errors++
        if (errors <= 3) console.error(`${channel}: ${String(e)}`)
      }
      times.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(q * times.length) - 1))] ?? 0
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    channel,
    n: times.length,
    errors,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(times[times.length - 1] ?? 0),
  }
}

async function main() {
  const apis = await startFakeApis()
  const storage: Storage = process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL) : await openPglite(null)
  await migrate(storage.db)
  await loadKnowledgeDir(storage.db, join('knowledge', 'policies'), silentLogger)
  const rows: Row[] = []
  const ack = await startGateway(apis.url, 0, storage)
  let offset = 0
  // Warm up (JIT, connection pools, caches) before anything is measured.
  for (const build of Object.values(builders)) {
    await measure('warm-up', ack.url, build, WARMUP, offset)
    offset += WARMUP
  }
  for (const [channel, build] of Object.entries(builders)) {
    rows.push(await measure(channel, ack.url, build, COUNT, offset))
    offset += COUNT
  }
  const t0 = performance.now()
  for (;;) {
    const [r] = rowsOf<{ n: number }>(
      await storage.db.execute(
        sql`select count(*)::int as n from messages where direction = 'in' and status in ('pending', 'processing')`,
      ),
    )
    if (!r?.n || performance.now() - t0 > SECONDS * 1000) break
    await new Promise((res) => setTimeout(res, 100))
  }
  const drainMs = Math.round(performance.now() - t0)
  await ack.stop()
  if (PROCESS) {
    const passive = await startGateway(apis.url, 3500, storage)
    rows.push({
      ...(await measure('wechat', passive.url, builders.wechat as Builder, PASSIVE_COUNT, offset + 1_000_000)),
      channel: 'wechat (passive reply, includes the turn)',
    })
    await passive.stop()
  }
  const [done] = rowsOf<{ n: number }>(
    await storage.db.execute(sql`select count(*)::int as n from messages where direction = 'in' and status = 'done'`),
  )
  await storage.close()
  apis.close()

  const storageKind = process.env.DATABASE_URL ? 'postgres' : 'pglite (in memory)'
  console.log(
    `\nAcknowledgement latency, loopback, ${storageKind}, concurrency ${CONCURRENCY}, ${PROCESS ? 'worker loop running' : 'no processing'}`,
  )
  console.log(
    'channel'.padEnd(44),
    'n'.padStart(5),
    'err'.padStart(4),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'max ms'.padStart(8),
  )
  for (const r of rows)
    console.log(
      r.channel.padEnd(44),
      String(r.n).padStart(5),
      String(r.errors).padStart(4),
      String(r.p50).padStart(8),
      String(r.p99).padStart(8),
      String(r.max).padStart(8),
    )
  console.log(
    `backlog after the acknowledgement runs drained in ${drainMs} ms; ${done?.n ?? 0} messages processed in all`,
  )
  console.log(
    JSON.stringify({
      storage: storageKind,
      concurrency: CONCURRENCY,
      processing: PROCESS,
      rows,
      drainMs,
      processed: done?.n ?? 0,
    }),
  )
  process.exit(0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
