/**
 * Line-by-line NDJSON validation for imports too large to hold as one string (the CLI streams files).
 * Same rules as `parseNdjson`: every line is checked, errors carry line numbers, and the caller writes
 * nothing unless the whole file is clean.
 */
import { type Entry, entryInputSchema } from './entrySchema.js'
import type { LineError } from './parseNdjson.js'

export class NdjsonCollector {
  readonly entries: Entry[] = []
  readonly errors: LineError[] = []
  private readonly seen = new Map<string, number>()
  private lineNo = 0

  constructor(private readonly maxErrors = 20) {}

  get lines(): number {
    return this.lineNo
  }

  get full(): boolean {
    return this.errors.length >= this.maxErrors
  }

  /** Feeds the next line of the file (line numbers count every line, blank ones too). */
  add(line: string): void {
    const n = ++this.lineNo
    const raw = line.trim()
    if (!raw || this.full) return
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch (e) {
      this.errors.push({ line: n, message: `not valid JSON: ${(e as Error).message}` })
      return
    }
    const parsed = entryInputSchema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      this.errors.push({ line: n, message: `${issue?.path.join('.') || 'entry'}: ${issue?.message}` })
      return
    }
    const prev = this.seen.get(parsed.data.id)
    if (prev !== undefined) {
      this.errors.push({ line: n, message: `duplicate id "${parsed.data.id}" (first on line ${prev})` })
      return
    }
    this.seen.set(parsed.data.id, n)
    this.entries.push(parsed.data)
  }
}
