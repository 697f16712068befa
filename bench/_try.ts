import { spawnChild } from './lib/proc.js'
import { ReplyCollector } from './lib/replies.js'
import { runPipeline } from './lib/pipeline.js'
import { closedLoad } from './lib/closedLoad.js'
import { UpdateStream } from './lib/telegramUpdates.js'
const fake = await spawnChild({ name: 'fake-telegram', script: 'bench/lib/fakeTelegram.ts', port: 0 })
const echo = await spawnChild({ name: 'echo', script: 'bench/lib/echoServer.ts', port: 0 })
const e = await closedLoad({ urls: [echo.url], durationSec: 3, connections: 16, stream: new UpdateStream(1, 1) })
console.log('echo', e)
await echo.stop()
const prof = process.argv[3]
const collector = new ReplyCollector(fake.url)
try {
  const r = await runPipeline({ label: process.argv[2] ?? 'pglite', storage: (process.argv[2] as 'pglite') ?? 'pglite', instances: 1, connections: 16, capacitySec: 3, pacedSec: 3, pacedFraction: 0.8, warmupSec: 1, profileDir: prof, collector, fakeTelegramUrl: fake.url, log: console.log })
  console.log(JSON.stringify(r, null, 1))
} finally { await fake.stop() }
