import { mkdtempSync, readdirSync } from 'node:fs'
import { startGateways, stopAll } from './lib/gateways.js'
import { createDatabase } from './lib/postgres.js'
import { summarizeProfile } from './lib/cpuProfile.js'
const kind = process.argv[2] ?? 'pglite'
const n = Number(process.argv[3] ?? 100)
const prof = mkdtempSync('/tmp/b7/prof-')
const db = kind === 'postgres' ? await createDatabase('bench') : kind.startsWith('postgres://') ? { url: kind, drop: async () => {} } : null
const storage = db ? { kind: 'postgres' as const, url: db.url } : { kind: 'pglite' as const, dataDir: mkdtempSync('/tmp/b7/data-') }
const t0 = performance.now()
const { gateways } = await startGateways({ storage, fakeTelegramUrl: 'http://127.0.0.1:9', instances: 1, profileDir: prof })
const started = performance.now() - t0
const g = gateways[0]!
const times: number[] = []
for (let i = 0; i < n; i++) {
  const t = performance.now()
  const r = await fetch(`${g.url}/api/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'web', userId: `u${i}`, text: i % 2 ? '怎么办理居住证？' : '北京的供暖季是从什么时候开始的？' }) })
  await r.text()
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
console.log(kind, 'turn ms p50', times[Math.floor(n / 2)]?.toFixed(1), 'p90', times[Math.floor(n * 0.9)]?.toFixed(1), 'cpu s', g.cpuSeconds())
await stopAll(gateways)
await db?.drop()
for (const f of readdirSync(`${prof}/gateway-0`)) {
const s = summarizeProfile(`${prof}/gateway-0/${f}`, { top: 30, skipMs: started + 500 })
console.log(f)
console.log('busy ms', s.busyMs, 'total', s.totalMs)
for (const a of s.byArea) console.log(' ', a.area, a.ms, a.pctOfBusy + '%')
for (const a of s.topFunctions) console.log(' ', a.fn, a.where, a.ms, a.pctOfBusy + '%')
}
