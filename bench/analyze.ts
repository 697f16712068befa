/**
 * `npm run bench:analyze`: latency of POST /api/v1/analyze under concurrent load, on loopback.
 * Starts the real gateway (`src/main.ts`, embedded PGlite in a temporary DATA_DIR, no LLM) as a
 * child process, then keeps `--concurrency` requests in flight for `--seconds` with autocannon and
 * prints p50/p90/p99/max, requests/s and the gateway's CPU time per request.
 *
 *   npm run bench:analyze -- --concurrency=8 --seconds=20
 *
 * First, right after `/healthz` turns ready, one "first pass" sends every text once with `fetch`
 * from `--concurrency` callers, as an evaluation client that starts the gateway does: that pass
 * meets whatever the gateway has not warmed up. The same pass is also run against a bare
 * `node:http` server that answers at once (before the gateway, with this client already warmed up
 * by a run against it): the floor this client and machine put under any server.
 *
 * Texts: a built-in set of citizen messages of every kind (short, long, addresses, emergencies,
 * traditional characters, mixed English), plus, when ../shared/data/eval is beside the checkout,
 * the evaluation messages read from there at run time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { freePort } from './lib/gateways.js'
import { spawnChild } from './lib/proc.js'
import { startFlags } from './lib/startFlags.js'

const arg = (name: string, def: number) => {
  const v = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
  const n = v === undefined ? def : Number(v)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`)
  return n
}
const CONCURRENCY = arg('concurrency', 8)
const SECONDS = arg('seconds', 20)
const WARMUP = arg('warmup', 3)

const BUILT_IN = [
  '朝阳区望京街道花家地西里小区门口垃圾三天没人清运，臭味很大',
  '居住证怎么办理？需要带什么材料',
  '海淀区中关村大街附近工地夜间施工噪音扰民，凌晨两点还在打桩',
  '小区楼下饭店油烟直排，熏得没法开窗',
  '我家老人摔倒了起不来，家里没有其他人，请帮帮忙',
  '闻到很浓的煤气味，好像燃气泄漏了，在丰台区方庄芳古园一区',
  '建议在回龙观地铁站增设共享单车停放点',
  '举报有商家在通州区梨园镇私自占道经营，还往河里倒污水',
  '表扬双井街道工作人员，帮我们小区解决了停车难的问题',
  '社保卡丢了怎么补办',
  '灵活就业人员怎么缴纳养老保险？',
  '后沙峪地区双裕小区供暖温度不达标，家里只有十六度',
  '請問新生兒戶口怎麼辦理',
  'My apartment in Wangjing has had no hot water for 3 days, 物业不管',
  '😡😡😡',
  '你好',
  '公交车司机态度恶劣，在西城区西长安街站不停车',
  '孩子上学的学区划分在哪里可以查询',
  '小区电梯经常故障，上周还困过人，物业一直不修',
  '企业申请稳岗补贴需要满足什么条件',
]

function evalTexts(): string[] {
  const dir = join(process.cwd(), '..', 'shared', 'data', 'eval')
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const [file, field] of [
    ['categories.jsonl', 'text'],
    ['fuzhou.jsonl', 'text'],
    ['beijing_addresses.jsonl', 'address'],
  ] as const) {
    const path = join(dir, file)
    if (!existsSync(path)) continue
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const v = (JSON.parse(line) as Record<string, unknown>)[field]
      if (typeof v === 'string' && v) out.push(v)
    }
  }
  return out
}

async function load(url: string, texts: string[], seconds: number) {
  let i = 0
  const result = await autocannon({
    url,
    connections: CONCURRENCY,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/analyze',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          body: JSON.stringify({ text: texts[i++ % texts.length] }),
        }),
      },
    ],
  } as autocannon.Options)
  return result
}

/** Every text once, `CONCURRENCY` callers, fetch: latency percentiles of a fresh gateway's first pass. */
async function firstPass(url: string, texts: string[]) {
  const ms: number[] = []
  let next = 0
  let failed = 0
  const caller = async () => {
    while (next < texts.length) {
      const text = texts[next++]
      const t0 = performance.now()
      const r = await fetch(`${url}/api/v1/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      })
      await r.json()
      ms.push(performance.now() - t0)
      if (!r.ok) failed++
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, caller))
  ms.sort((a, b) => a - b)
  const q = (p: number) => +(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0).toFixed(1)
  return { requests: ms.length, failed, p50ms: q(0.5), p90ms: q(0.9), p99ms: q(0.99), maxMs: q(1) }
}

/**
 * The first pass against a server that does no work at all, in its own process as the gateway is:
 * what the client and the machine cost.
 */
const BARE_SERVER = `
const body = JSON.stringify({ intent: 'complaint', category: { level1: null }, location: { district: null } })
const s = require('node:http').createServer((req, res) => {
  req.resume()
  req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body) })
})
s.listen(0, '127.0.0.1', () => console.log(s.address().port))`

async function floorPass(texts: string[]) {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.once('data', (d) => resolve(Number(String(d).trim())))
      child.once('exit', () => reject(new Error('the bare server exited')))
    })
    return await firstPass(`http://127.0.0.1:${port}`, texts)
  } finally {
    child.kill()
  }
}

async function main() {
  const texts = [...BUILT_IN, ...evalTexts()]
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-analyze-'))
  const gw = await spawnChild({
    name: 'gateway',
    script: 'src/main.ts',
    nodeArgs: startFlags(),
    port: await freePort(),
    env: { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error', OPENAI_API_KEY: '', OPENAI_BASE_URL: '' },
    readyPath: '/healthz',
    timeoutMs: 180_000,
  })
  try {
    // The bare server first, twice: the first run warms this client's own fetch code, so that the
    // client is equally warm for the floor and for the gateway's first pass.
    await floorPass(texts)
    const floor = await floorPass(texts)
    const first = await firstPass(gw.url, texts)
    console.log(`first pass after start, ${CONCURRENCY} callers (fetch): ${JSON.stringify(first)}`)
    console.log(`the same pass against a bare node:http server (the floor): ${JSON.stringify(floor)}`)
    await load(gw.url, texts, WARMUP)
    const cpu0 = gw.cpuSeconds()
    const r = await load(gw.url, texts, SECONDS)
    const cpu1 = gw.cpuSeconds()
    const n = r.requests.total
    const row = {
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      texts: texts.length,
      requests: n,
      non2xx: r.non2xx,
      errors: r.errors,
      requestsPerSec: Math.round(n / SECONDS),
      p50ms: r.latency.p50,
      p90ms: r.latency.p90,
      p99ms: r.latency.p99,
      maxMs: r.latency.max,
      gatewayCpuMsPerRequest: cpu0 !== null && cpu1 !== null && n ? +(((cpu1 - cpu0) * 1000) / n).toFixed(2) : null,
      gatewayRssMb: gw.rssMb(),
    }
    console.log(`POST /api/v1/analyze, ${CONCURRENCY} in flight, ${SECONDS}s, ${texts.length} texts`)
    console.log('requests  req/s  non2xx  p50 ms  p90 ms  p99 ms  max ms  CPU ms/req')
    console.log(
      [row.requests, row.requestsPerSec, row.non2xx, row.p50ms, row.p90ms, row.p99ms, row.maxMs, row.gatewayCpuMsPerRequest]
        .map((v) => String(v).padStart(6))
        .join('  '),
    )
    console.log(JSON.stringify(row))
    if (row.non2xx || row.errors || first.failed) process.exitCode = 1
  } finally {
    await gw.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
