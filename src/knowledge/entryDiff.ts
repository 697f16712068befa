/**
 * A readable diff between two versions of an entry, field by field, for the history view.
 * Multi-line fields (body, questions) get a line diff; one-line fields show old and new values.
 */
import { formatDiff, lineDiff } from './lineDiff.js'

/** The versioned content of an entry (what `contentOf` returns and a version snapshot stores). */
export interface EntryContent {
  title: string
  questions: string[]
  body: string
  category: string | null
  source: string | null
  audience: 'citizen' | 'enterprise' | 'all'
  region: string | null
  state: 'draft' | 'review' | 'published' | 'archived'
  effectiveFrom: string | null
  expiresAt: string | null
}

export const FIELD_LABELS: Record<keyof EntryContent, string> = {
  title: '标题',
  questions: '常见问法',
  body: '答复正文',
  category: '分类',
  source: '来源',
  audience: '适用对象',
  region: '适用地区',
  state: '状态',
  effectiveFrom: '生效日期',
  expiresAt: '失效日期',
}

const FIELDS = Object.keys(FIELD_LABELS) as (keyof EntryContent)[]

function linesOf(v: unknown): string[] {
  if (v === null || v === undefined || v === '') return []
  if (Array.isArray(v)) return v.map(String)
  return String(v).split(/\r?\n/)
}

/** The fields that differ between two snapshots. */
export function changedFields(
  before: Partial<EntryContent> | null,
  after: Partial<EntryContent>,
): (keyof EntryContent)[] {
  return FIELDS.filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after[f] ?? null))
}

/** `before` null means the entry is new: every non-empty field shows as added. Empty string: no change. */
export function entryDiff(before: Partial<EntryContent> | null, after: Partial<EntryContent>): string {
  const parts: string[] = []
  for (const f of changedFields(before, after)) {
    const ops = lineDiff(linesOf(before?.[f]), linesOf(after[f]))
    // Long bodies show two lines of context; short fields (the question list) are shown whole.
    const text = formatDiff(ops, f === 'body' ? 2 : Number.MAX_SAFE_INTEGER)
    if (text) parts.push(`@@ ${FIELD_LABELS[f]} (${f})\n${text}`)
  }
  return parts.join('\n')
}
