/**
 * Knowledge entries as editable Markdown files: YAML front matter between `---` lines, then the answer body.
 * Runtime-agnostic (no fs): callers hand in the text. Errors carry the 1-based line number of the file so an
 * editor can jump straight to the mistake.
 */
import { isMap, isScalar, LineCounter, parseDocument, stringify } from 'yaml'
import { z } from 'zod'

export const AUDIENCES = ['citizen', 'enterprise', 'all'] as const
export const ENTRY_STATES = ['draft', 'review', 'published', 'archived'] as const

export interface KnowledgeEntry {
  id: string
  title: string
  questions: string[]
  body: string
  category: string | null
  source: string | null
  updated: string | null
  audience: (typeof AUDIENCES)[number]
  region: string | null
  effectiveFrom: string | null
  expiresAt: string | null
  state: (typeof ENTRY_STATES)[number]
}

export type ParseResult = { ok: true; entry: KnowledgeEntry } | { ok: false; error: { line: number; message: string } }

// YAML 1.2 keeps `2024-05-01` a string, but an editor may write a full timestamp; both are accepted.
const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO date like 2024-05-01',
  )
const optionalText = z.string().trim().min(1).nullable().default(null)

const frontMatterSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be an ascii slug: lower-case letters, digits, "-" or "_"')
    .max(120),
  title: z.string().trim().min(1, 'must not be empty'),
  questions: z.array(z.string().trim().min(1, 'a question must not be empty')).default([]),
  category: optionalText,
  source: optionalText,
  updated: isoDate.nullable().default(null),
  audience: z.enum(AUDIENCES).default('all'),
  region: optionalText,
  effectiveFrom: isoDate.nullable().default(null),
  expiresAt: isoDate.nullable().default(null),
  state: z.enum(ENTRY_STATES).default('published'),
})

const FENCE = /^---[ \t]*$/

const fail = (line: number, message: string): ParseResult => ({ ok: false, error: { line, message } })

/** Parse one Markdown entry. `fileName` (e.g. `heating.md`), when given, must match the entry's id. */
export function parseMarkdownEntry(text: string, fileName?: string): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) return fail(1, 'the file must start with a "---" line opening the front matter')
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l))
  if (close < 0) return fail(lines.length, 'the front matter is not closed by a "---" line')

  const lineCounter = new LineCounter()
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter })
  const yamlError = doc.errors[0]
  // Front-matter line n is file line n + 1 (the opening fence is line 1).
  if (yamlError) return fail((yamlError.linePos?.[0].line ?? 1) + 1, `YAML: ${yamlError.message.split('\n')[0]}`)
  if (!isMap(doc.contents)) return fail(2, 'the front matter must be a YAML mapping of "key: value" lines')

  const keyLine = (key: PropertyKey | undefined): number => {
    if (!isMap(doc.contents)) return 1
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key)
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined
    return offset === undefined ? 1 : lineCounter.linePos(offset).line + 1
  }

  const parsed = frontMatterSchema.safeParse(doc.toJS())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]
      return fail(keyLine(key), `unknown field "${key}" (allowed: ${Object.keys(frontMatterSchema.shape).join(', ')})`)
    }
    const key = issue.path[0]
    const where = issue.path.map(String).join('.')
    return fail(keyLine(key), `${where || 'front matter'}: ${issue.message}`)
  }

  const fm = parsed.data
  const expected = fileName?.split(/[\\/]/).pop()?.replace(/\.md$/i, '')
  if (expected !== undefined && expected !== fm.id) {
    return fail(keyLine('id'), `id "${fm.id}" does not match the file name "${expected}.md"`)
  }
  const body = lines
    .slice(close + 1)
    .join('\n')
    .trim()
  if (body === '') return fail(close + 2, 'the entry has no body after the front matter')
  return { ok: true, entry: { ...fm, body } }
}

// Front-matter order in written files; nulls and defaults that carry no information are omitted.
const KEY_ORDER = [
  'id',
  'title',
  'questions',
  'category',
  'source',
  'updated',
  'audience',
  'region',
  'effectiveFrom',
  'expiresAt',
  'state',
] as const

/** Serialise an entry; `parseMarkdownEntry(toMarkdown(e))` gives `e` back (body trimmed). */
export function toMarkdown(entry: KnowledgeEntry): string {
  const fm: Record<string, unknown> = {}
  for (const key of KEY_ORDER) {
    const value = entry[key]
    if (value !== null) fm[key] = value
  }
  // lineWidth 0: never fold long Chinese lines, so diffs stay one line per field.
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${entry.body.trim()}\n`
}
