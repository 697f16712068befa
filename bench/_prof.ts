import { summarizeProfile } from './lib/cpuProfile.js'
for (const f of process.argv.slice(2)) console.log(JSON.stringify(summarizeProfile(f, 25), null, 1))
