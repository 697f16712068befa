/**
 * Export of the knowledge base as NDJSON (the import format, one entry per line) or as markdown files
 * like those in `knowledge/policies/`. Live content only: pending revisions are work in progress.
 * Rows are read in id order with keyset paging, so a 100,000-entry export never holds one huge result.
 */
import { and, asc, eq, gt, type SQL } from 'drizzle-orm'
import type { Db } from '../storage/db.js'
import { knowledgeEntries } from '../storage/schema.js'
import type { EntryRow } from './editableEntry.js'
import { toSearchable } from './KnowledgeService.js'
import { type KnowledgeEntry, toMarkdown } from './markdown.js'

export type ExportState = 'draft' | 'review' | 'published' | 'archived'

/** The import shape of a row; null fields are left out. */
export function rowToImportObject(r: EntryRow): Record<string, unknown> {
  const o: Record<string, unknown> = { ...toSearchable(r) }
  for (const k of Object.keys(o)) if (o[k] === null) delete o[k]
  return o
}

// The markdown file name is the id, so ids must be file-name slugs (see markdown.ts).
const MD_ID = /^[a-z0-9][a-z0-9_-]*$/

export type MarkdownFile = { ok: true; name: string; text: string } | { ok: false; id: string; message: string }

export function rowToMarkdownFile(r: EntryRow): MarkdownFile {
  if (!MD_ID.test(r.id) || r.id.length > 120) {
    return { ok: false, id: r.id, message: 'id is not a lower-case file-name slug; export it as NDJSON instead' }
  }
  const entry: KnowledgeEntry = {
    id: r.id,
    title: r.title,
    questions: r.questions,
    body: r.body,
    category: r.category ?? null,
    source: r.source ?? null,
    updated: r.updatedAt.toISOString().slice(0, 10),
    audience: r.audience,
    region: r.region ?? null,
    effectiveFrom: r.effectiveFrom ?? null,
    expiresAt: r.expiresAt ?? null,
    state: r.state,
  }
  return { ok: true, name: `${r.id}.md`, text: toMarkdown(entry) }
}

export async function* exportRows(
  db: Db,
  opts: { state?: ExportState; batch?: number } = {},
): AsyncGenerator<EntryRow[]> {
  const batch = opts.batch ?? 1000
  let after = ''
  for (;;) {
    const where: SQL[] = [gt(knowledgeEntries.id, after)]
    if (opts.state) where.push(eq(knowledgeEntries.state, opts.state))
    const rows = await db
      .select()
      .from(knowledgeEntries)
      .where(and(...where))
      .orderBy(asc(knowledgeEntries.id))
      .limit(batch)
    if (rows.length === 0) return
    yield rows
    after = (rows[rows.length - 1] as EntryRow).id
    if (rows.length < batch) return
  }
}
