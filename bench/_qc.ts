import { spawnChild } from './lib/proc.js'
import { countQueries } from './lib/queryCount.js'
const fake = await spawnChild({ name: 'fake', script: 'bench/lib/fakeTelegram.ts', port: 0 })
try { console.log(JSON.stringify(await countQueries(fake.url, 10), null, 1)) } finally { await fake.stop() }
