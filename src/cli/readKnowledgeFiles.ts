/**
 * Reads an import source for `kb:import`: an NDJSON/JSONL file (streamed, with progress), one markdown
 * entry, or a directory of markdown entries. Every error is reported with file and line; the caller
 * imports nothing unless the list of errors is empty.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import { type Entry, entryInputSchema } from '../knowledge/entrySchema.js'
import { parseMarkdownEntry } from '../knowledge/markdown.js'
import { NdjsonCollector } from '../knowledge/NdjsonCollector.js'
import { type Progress, progressBar, silentProgress } from './progressBar.js'

export interface ReadResult {
  entries: Entry[]
  /** `file:line: message` */
  errors: string[]
}

const LARGE_BYTES = 1_000_000

export async function readKnowledgeSource(path: string, opts: { progress?: boolean } = {}): Promise<ReadResult> {
  const st = statSync(path)
  if (st.isDirectory()) {
    const files = readdirSync(path)
      .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
      .sort()
    if (files.length === 0) return { entries: [], errors: [`${path}: no .md files`] }
    return readMarkdownFiles(files.map((f) => join(path, f)))
  }
  if (/\.md$/i.test(path)) return readMarkdownFiles([path])
  if (/\.(ndjson|jsonl)$/i.test(path)) {
    const show = opts.progress !== false && st.size > LARGE_BYTES
    return readNdjsonFile(path, show ? progressBar('reading', st.size) : silentProgress)
  }
  return { entries: [], errors: [`${path}: expected a .ndjson/.jsonl file, a .md file or a directory of .md files`] }
}

export async function readNdjsonFile(path: string, progress: Progress): Promise<ReadResult> {
  const c = new NdjsonCollector()
  const stream = createReadStream(path, { encoding: 'utf8' })
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  for await (const line of rl) {
    c.add(line)
    if ((c.lines & 1023) === 0) progress.update(stream.bytesRead)
  }
  progress.update(stream.bytesRead)
  progress.done()
  const name = basename(path)
  return { entries: c.entries, errors: c.errors.map((e) => `${name}:${e.line}: ${e.message}`) }
}

export function readMarkdownFiles(paths: string[]): ReadResult {
  const entries: Entry[] = []
  const errors: string[] = []
  const seen = new Map<string, string>()
  for (const p of paths) {
    const name = basename(p)
    const parsed = parseMarkdownEntry(readFileSync(p, 'utf8'), name)
    if (!parsed.ok) {
      errors.push(`${name}:${parsed.error.line}: ${parsed.error.message}`)
      continue
    }
    const e = entryInputSchema.safeParse(parsed.entry)
    if (!e.success) {
      const i = e.error.issues[0]
      errors.push(`${name}:1: ${i?.path.join('.')}: ${i?.message}`)
      continue
    }
    const prev = seen.get(e.data.id)
    if (prev) errors.push(`${name}:1: duplicate id "${e.data.id}" (also in ${prev})`)
    else {
      seen.set(e.data.id, name)
      entries.push(e.data)
    }
  }
  return { entries, errors }
}
