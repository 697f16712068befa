/** Read side of the editors' workflow: lists, one entry with its pending revision, its versions. */
import { and, count, desc, eq, ilike, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../storage/db.js'
import { editors, knowledgeEntries, knowledgeVersions } from '../storage/schema.js'
import { type EntryRow, liveContent, type PendingRevision, pendingOf } from './editableEntry.js'
import type { EntryContent } from './entryDiff.js'

export type StateFilter = 'draft' | 'review' | 'published' | 'archived' | 'pending'

export interface ListFilter {
  q?: string
  state?: StateFilter
  audience?: 'citizen' | 'enterprise' | 'all'
  category?: string
  limit?: number
  offset?: number
}

export interface EntrySummary {
  id: string
  title: string
  state: EntryContent['state']
  pendingState: 'draft' | 'review' | null
  category: string | null
  audience: EntryContent['audience']
  region: string | null
  effectiveFrom: string | null
  expiresAt: string | null
  version: number
  updatedBy: string
  updatedAt: string
}

export interface EntryView extends EntryContent {
  id: string
  version: number
  updatedBy: string
  updatedAt: string
  createdAt: string
  pending: PendingRevision | null
}

export interface VersionView {
  version: number
  state: string
  author: string
  authorName: string
  note: string | null
  diff: string | null
  createdAt: string
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

function summary(r: EntryRow): EntrySummary {
  const p = pendingOf(r)
  return {
    id: r.id,
    title: r.title,
    state: r.state,
    pendingState: p ? (p.content.state as 'draft' | 'review') : null,
    category: r.category,
    audience: r.audience,
    region: r.region,
    effectiveFrom: r.effectiveFrom,
    expiresAt: r.expiresAt,
    version: r.version,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt.toISOString(),
  }
}

export async function listEntries(db: Db, f: ListFilter = {}): Promise<{ entries: EntrySummary[]; total: number }> {
  const where: SQL[] = []
  const q = f.q?.trim()
  if (q) {
    const like = `%${escapeLike(q)}%`
    where.push(
      or(
        eq(knowledgeEntries.id, q),
        ilike(knowledgeEntries.title, like),
        ilike(knowledgeEntries.body, like),
        sql`${knowledgeEntries.questions}::text ilike ${like}`,
      ) as SQL,
    )
  }
  if (f.state === 'pending') where.push(isNotNull(knowledgeEntries.pending))
  else if (f.state === 'review') {
    where.push(
      or(eq(knowledgeEntries.state, 'review'), sql`${knowledgeEntries.pending}->'content'->>'state' = 'review'`) as SQL,
    )
  } else if (f.state) where.push(eq(knowledgeEntries.state, f.state))
  if (f.audience) where.push(eq(knowledgeEntries.audience, f.audience))
  if (f.category) where.push(eq(knowledgeEntries.category, f.category))
  const cond = where.length ? and(...where) : undefined
  const rows = await db
    .select()
    .from(knowledgeEntries)
    .where(cond)
    .orderBy(desc(knowledgeEntries.updatedAt), knowledgeEntries.id)
    .limit(Math.min(f.limit ?? 50, 500))
    .offset(f.offset ?? 0)
  const [total] = await db.select({ n: count() }).from(knowledgeEntries).where(cond)
  return { entries: rows.map(summary), total: Number(total?.n ?? 0) }
}

export async function getEntryView(db: Db, id: string): Promise<EntryView | null> {
  const [r] = await db.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, id)).limit(1)
  if (!r) return null
  return {
    id: r.id,
    ...liveContent(r),
    version: r.version,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    pending: pendingOf(r),
  }
}

export async function getVersionSnapshot(db: Db, id: string, version: number): Promise<Record<string, unknown> | null> {
  const [v] = await db
    .select({ snapshot: knowledgeVersions.snapshot })
    .from(knowledgeVersions)
    .where(and(eq(knowledgeVersions.entryId, id), eq(knowledgeVersions.version, version)))
    .limit(1)
  return v?.snapshot ?? null
}

export async function listVersionViews(db: Db, id: string, limit = 100): Promise<VersionView[]> {
  const rows = await db
    .select()
    .from(knowledgeVersions)
    .where(eq(knowledgeVersions.entryId, id))
    .orderBy(desc(knowledgeVersions.version))
    .limit(limit)
  const names = await authorNames(
    db,
    rows.map((r) => r.author),
  )
  return rows.map((r) => ({
    version: r.version,
    state: String(r.snapshot.state ?? ''),
    author: r.author,
    authorName: names.get(r.author) ?? r.author,
    note: r.note,
    diff: r.diff,
    createdAt: r.createdAt.toISOString(),
  }))
}

const BUILT_IN: Record<string, string> = { admin: '管理员', 'knowledge-files': '知识库文件', system: '系统' }

/** Display names for version authors: editor accounts by id, built-in actors by their label. */
export async function authorNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const unknown = [...new Set(ids)].filter((i) => {
    if (BUILT_IN[i]) out.set(i, BUILT_IN[i] as string)
    return !BUILT_IN[i]
  })
  if (unknown.length) {
    const rows = await db
      .select({ id: editors.id, name: editors.name })
      .from(editors)
      .where(inArray(editors.id, unknown))
    for (const r of rows) out.set(r.id, r.name)
  }
  return out
}
