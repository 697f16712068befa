/**
 * Parses an NDJSON import. Every line is checked before anything is written, and errors carry
 * line numbers, so a bad file imports nothing rather than half of itself.
 */
import { type Entry, entryInputSchema } from './entrySchema.js'

export interface LineError {
  line: number
  message: string
}

export type NdjsonResult = { ok: true; entries: Entry[] } | { ok: false; errors: LineError[] }

export function parseNdjson(text: string, maxErrors = 20): NdjsonResult {
  const entries: Entry[] = []
  const errors: LineError[] = []
  const seen = new Map<string, number>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length && errors.length < maxErrors; i++) {
    const raw = lines[i]?.trim()
    if (!raw) continue
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch (e) {
      errors.push({ line: i + 1, message: `not valid JSON: ${(e as Error).message}` })
      continue
    }
    const parsed = entryInputSchema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      errors.push({ line: i + 1, message: `${issue?.path.join('.') || 'entry'}: ${issue?.message}` })
      continue
    }
    const prev = seen.get(parsed.data.id)
    if (prev !== undefined) {
      errors.push({ line: i + 1, message: `duplicate id "${parsed.data.id}" (first on line ${prev})` })
      continue
    }
    seen.set(parsed.data.id, i + 1)
    entries.push(parsed.data)
  }
  return errors.length ? { ok: false, errors } : { ok: true, entries }
}
