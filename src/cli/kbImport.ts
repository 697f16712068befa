/**
 * `npm run kb:import -- FILE|DIR [--url URL --token TOKEN] [--actor NAME] [--dry-run]`
 *
 * Imports knowledge entries from NDJSON/JSONL, one markdown entry, or a directory of markdown entries.
 * The whole source is validated first (errors as `file:line: message`) and written in one transaction:
 * a bad file imports nothing. Writes go to the database (DATABASE_URL, else PGlite in DATA_DIR) or, with
 * --url, through the running gateway's admin import route. Exit codes: 0 ok, 1 invalid input, 2 usage or
 * storage problem.
 */
import { parseArgs } from 'node:util'
import { upsertEntries } from '../knowledge/upsertEntries.js'
import { openCliStorage } from './openCliStorage.js'
import { progressBar, silentProgress } from './progressBar.js'
import { readKnowledgeSource } from './readKnowledgeFiles.js'

const USAGE =
  'usage: npm run kb:import -- FILE.ndjson|FILE.jsonl|FILE.md|DIR [--url URL --token TOKEN] [--actor NAME] [--dry-run]'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      actor: { type: 'string', default: 'kb-import' },
      'dry-run': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  })
  const path = positionals[0]
  if (!path || positionals.length > 1) {
    console.error(USAGE)
    return 2
  }
  const t0 = performance.now()
  const read = await readKnowledgeSource(path, { progress: !values.quiet })
  if (read.errors.length) {
    for (const e of read.errors) console.error(e)
    console.error(
      `${read.errors.length} error(s)${read.errors.length >= 20 ? ' (first 20 shown)' : ''}; nothing was imported.`,
    )
    return 1
  }
  const tRead = performance.now()
  console.error(`validated ${read.entries.length} entries in ${((tRead - t0) / 1000).toFixed(1)}s`)
  if (values['dry-run']) return 0

  if (values.url) return importOverHttp(values.url, values.token ?? process.env.ADMIN_TOKEN, read.entries)

  const opened = await openCliStorage(process.env, 'kb:import')
  if (!opened.ok) {
    console.error(opened.message)
    return 2
  }
  const { storage } = opened
  try {
    const bar =
      read.entries.length > 1000 && !values.quiet ? progressBar('writing', read.entries.length) : silentProgress
    const counts = await storage.db.transaction((tx) =>
      upsertEntries(tx, read.entries, values.actor, new Date(), `kb:import ${path}`, (done) => bar.update(done)),
    )
    bar.done()
    const secs = ((performance.now() - tRead) / 1000).toFixed(1)
    console.log(
      JSON.stringify({ imported: read.entries.length, ...counts, into: opened.where, writeSeconds: Number(secs) }),
    )
    return 0
  } finally {
    await storage.close()
  }
}

async function importOverHttp(url: string, token: string | undefined, entries: { id: string }[]): Promise<number> {
  if (!token) {
    console.error('--url needs --token (or ADMIN_TOKEN in the environment)')
    return 2
  }
  const body = `${entries.map((e) => JSON.stringify(e)).join('\n')}\n`
  process.stderr.write(`uploading ${entries.length} entries (${(body.length / 1e6).toFixed(1)} MB) to ${url} …\n`)
  const res = await fetch(new URL('/api/v1/knowledge/import', url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    body,
  })
  const text = await res.text()
  if (!res.ok) {
    console.error(`import failed: HTTP ${res.status} ${text.slice(0, 2000)}`)
    return res.status === 400 ? 1 : 2
  }
  console.log(text)
  return 0
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`kb:import failed: ${(e as Error)?.message ?? e}`)
    process.exit(2)
  },
)
