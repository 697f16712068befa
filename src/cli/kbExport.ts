/**
 * `npm run kb:export -- [--format ndjson|md] [--out FILE|DIR] [--state published] [--url URL --token TOKEN]`
 *
 * Writes the knowledge base as NDJSON (stdout or --out FILE; the import format) or as markdown files in
 * --out DIR (the `knowledge/policies/` format). Reads the database (DATABASE_URL, else PGlite DATA_DIR) or,
 * with --url, the running gateway's editor export route.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { EntryRow } from '../knowledge/editableEntry.js'
import { type ExportState, exportRows, rowToImportObject, rowToMarkdownFile } from '../knowledge/exportEntries.js'
import { openCliStorage } from './openCliStorage.js'

const STATES = ['draft', 'review', 'published', 'archived']

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'ndjson' },
      out: { type: 'string' },
      state: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
    },
  })
  const format = values.format
  if (format !== 'ndjson' && format !== 'md') return usage('--format must be ndjson or md')
  if (format === 'md' && !values.out) return usage('--format md needs --out DIR')
  if (values.state && !STATES.includes(values.state)) return usage(`--state must be one of ${STATES.join(', ')}`)
  const state = values.state as ExportState | undefined

  const sink = format === 'md' ? markdownSink(values.out as string) : ndjsonSink(values.out)
  if (values.url) {
    const token = values.token ?? process.env.ADMIN_TOKEN
    if (!token) return usage('--url needs --token (or ADMIN_TOKEN in the environment)')
    const u = new URL('/api/v1/editor/export', values.url)
    if (state) u.searchParams.set('state', state)
    const res = await fetch(u, { headers: { authorization: `Bearer ${token}` } })
    if (!res.ok) {
      console.error(`export failed: HTTP ${res.status} ${(await res.text()).slice(0, 1000)}`)
      return 2
    }
    for (const line of (await res.text()).split('\n')) if (line.trim()) sink.writeObject(JSON.parse(line))
    return sink.close()
  }
  const opened = await openCliStorage(process.env, 'kb:export')
  if (!opened.ok) {
    console.error(opened.message)
    return 2
  }
  try {
    for await (const rows of exportRows(opened.storage.db, { state })) for (const r of rows) sink.writeRow(r)
  } finally {
    await opened.storage.close()
  }
  return sink.close()
}

interface Sink {
  writeRow(r: EntryRow): void
  writeObject(o: Record<string, unknown>): void
  close(): Promise<number>
}

function ndjsonSink(out: string | undefined): Sink {
  const stream = out ? createWriteStream(out) : process.stdout
  let n = 0
  const write = (o: unknown) => {
    stream.write(`${JSON.stringify(o)}\n`)
    n++
  }
  return {
    writeRow: (r) => write(rowToImportObject(r)),
    writeObject: write,
    close: () =>
      new Promise((resolve) => {
        const finish = () => {
          console.error(`exported ${n} entries${out ? ` to ${out}` : ''}`)
          resolve(0)
        }
        if (out) (stream as ReturnType<typeof createWriteStream>).end(finish)
        else finish()
      }),
  }
}

function markdownSink(dir: string): Sink {
  mkdirSync(dir, { recursive: true })
  let n = 0
  const skipped: string[] = []
  const writeRow = (r: EntryRow) => {
    const f = rowToMarkdownFile(r)
    if (!f.ok) {
      skipped.push(`${f.id}: ${f.message}`)
      return
    }
    writeFileSync(join(dir, f.name), f.text)
    n++
  }
  return {
    writeRow,
    // Over HTTP the rows arrive in the import shape; fill in what a row has beyond it.
    writeObject: (o) =>
      writeRow({
        questions: [],
        category: null,
        source: null,
        region: null,
        effectiveFrom: null,
        expiresAt: null,
        audience: 'all',
        state: 'published',
        ...o,
        updatedAt: new Date(),
      } as unknown as EntryRow),
    close: async () => {
      for (const s of skipped.slice(0, 20)) console.error(`skipped ${s}`)
      console.error(`exported ${n} markdown files to ${dir}${skipped.length ? `, skipped ${skipped.length}` : ''}`)
      return skipped.length ? 1 : 0
    },
  }
}

function usage(message: string): number {
  console.error(
    `${message}\nusage: npm run kb:export -- [--format ndjson|md] [--out FILE|DIR] [--state STATE] [--url URL --token TOKEN]`,
  )
  return 2
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`kb:export failed: ${(e as Error)?.message ?? e}`)
    process.exit(2)
  },
)
