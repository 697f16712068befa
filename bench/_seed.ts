import { createDatabase } from './lib/postgres.js'
import { seedScale } from './lib/seed.js'
const db = await createDatabase('bench')
try { console.log(await seedScale(db.url, Number(process.argv[2] ?? 1000))) } finally { if (!process.argv[3]) await db.drop(); else console.log(db.url) }
