/**
 * Writes entries to the knowledge tables: insert new ids, update changed ones as a new version (with a
 * diff against the content it replaces), and leave unchanged ones alone. Batched (a 100,000-entry import is a few hundred statements, not
 * 100,000), inside the caller's transaction so an import is all or nothing.
 */
import { inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '../storage/db.js'
import { auditLog, knowledgeEntries } from '../storage/schema.js'
import { withState } from './editableEntry.js'
import { type EntryContent, entryDiff } from './entryDiff.js'
import { contentHash, contentOf, type Entry } from './entrySchema.js'

export interface UpsertCounts {
  created: number
  updated: number
  unchanged: number
}

const BATCH = 500

export async function upsertEntries(
  db: DbOrTx,
  entries: Entry[],
  actor: string,
  now = new Date(),
  note: string | null = null,
  onProgress?: (done: number, total: number) => void,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 }
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH)
    const hashes = await Promise.all(batch.map(contentHash))
    const existing = await db
      .select({ id: knowledgeEntries.id, hash: knowledgeEntries.contentHash, version: knowledgeEntries.version })
      .from(knowledgeEntries)
      .where(
        inArray(
          knowledgeEntries.id,
          batch.map((e) => e.id),
        ),
      )
    const byId = new Map(existing.map((r) => [r.id, r]))
    const changedIds = batch.filter((e, k) => byId.has(e.id) && byId.get(e.id)?.hash !== hashes[k]).map((e) => e.id)
    const before = changedIds.length
      ? new Map(
          (await db.select().from(knowledgeEntries).where(inArray(knowledgeEntries.id, changedIds))).map((r) => [
            r.id,
            withState(r, r.state),
          ]),
        )
      : new Map<string, EntryContent>()
    const rows: Record<string, unknown>[] = []
    const versions: Record<string, unknown>[] = []
    const at = now.toISOString()
    batch.forEach((e, k) => {
      const prev = byId.get(e.id)
      const hash = hashes[k] as string
      if (prev && prev.hash === hash) {
        counts.unchanged++
        return
      }
      const version = prev ? prev.version + 1 : 1
      if (prev) counts.updated++
      else counts.created++
      const content = contentOf(e)
      rows.push({ id: e.id, ...content, version, contentHash: hash, updatedBy: actor, updatedAt: at })
      const old = before.get(e.id)
      // A new entry's first version needs no diff: its snapshot is the whole of it.
      versions.push({
        entryId: e.id,
        version,
        snapshot: content,
        diff: old ? entryDiff(old, content) : null,
        author: actor,
        note,
        createdAt: at,
      })
    })
    if (rows.length === 0) continue
    // One JSON parameter per batch instead of ~15 per row: several times cheaper to bind, on PGlite above all,
    // which is what keeps a 100,000-entry import within a minute.
    await db.execute(sql`
      insert into knowledge_entries (id, title, questions, body, category, source, audience, region, state,
        effective_from, expires_at, version, content_hash, updated_by, updated_at)
      select id, title, questions, body, category, source, audience, region, state,
        "effectiveFrom", "expiresAt", version, "contentHash", "updatedBy", "updatedAt"
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id text, title text, questions jsonb, body text,
        category text, source text, audience text, region text, state text, "effectiveFrom" text, "expiresAt" text,
        version int, "contentHash" text, "updatedBy" text, "updatedAt" timestamptz)
      on conflict (id) do update set title = excluded.title, questions = excluded.questions, body = excluded.body,
        category = excluded.category, source = excluded.source, audience = excluded.audience, region = excluded.region,
        state = excluded.state, effective_from = excluded.effective_from, expires_at = excluded.expires_at,
        version = excluded.version, content_hash = excluded.content_hash, updated_by = excluded.updated_by,
        updated_at = excluded.updated_at`)
    await db.execute(sql`
      insert into knowledge_versions (entry_id, version, snapshot, diff, author, note, created_at)
      select "entryId", version, snapshot, diff, author, note, "createdAt"
      from jsonb_to_recordset(${JSON.stringify(versions)}::jsonb) as x("entryId" text, version int, snapshot jsonb,
        diff text, author text, note text, "createdAt" timestamptz)
      on conflict do nothing`)
    onProgress?.(Math.min(i + BATCH, entries.length), entries.length)
  }
  if (counts.created + counts.updated > 0) {
    await db.insert(auditLog).values({
      actor,
      action: 'knowledge.import',
      target: entries.length === 1 ? (entries[0]?.id ?? null) : null,
      data: { ...counts, total: entries.length },
      createdAt: now,
    })
    await bumpChangeCounter(db, 'knowledge')
  }
  return counts
}

/** Other instances poll this counter and reload their search index when it moves. */
export async function bumpChangeCounter(db: DbOrTx, name: string): Promise<void> {
  await db.execute(sql`
    insert into change_counters (name, value, updated_at) values (${name}, 1, now())
    on conflict (name) do update set value = change_counters.value + 1, updated_at = now()`)
}
