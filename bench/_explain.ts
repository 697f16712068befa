import { explainMetrics } from './lib/analytics.js'
const r = await explainMetrics(process.argv[2]!)
for (const [k, plans] of Object.entries(r)) for (const p of plans) { console.log('==', k, p.executionMs, p.seqScans); console.log(p.plan) }
