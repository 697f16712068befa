/**
 * Writes entries to the knowledge tables: insert new ids, update changed ones as a new version, and
 * leave unchanged ones alone. Batched (a 100,000-entry import is a few hundred statements, not
 * 100,000), inside the caller's transaction so an import is all or nothing.
 */
import { inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '../storage/db.js'
import { auditLog, knowledgeEntries, knowledgeVersions } from '../storage/schema.js'
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
    const rows: (typeof knowledgeEntries.$inferInsert)[] = []
    const versions: (typeof knowledgeVersions.$inferInsert)[] = []
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
      rows.push({ id: e.id, ...contentOf(e), version, contentHash: hash, updatedBy: actor, updatedAt: now })
      versions.push({ entryId: e.id, version, snapshot: contentOf(e), author: actor, note, createdAt: now })
    })
    if (rows.length === 0) continue
    await db
      .insert(knowledgeEntries)
      .values(rows)
      .onConflictDoUpdate({
        target: knowledgeEntries.id,
        set: {
          title: sql`excluded.title`,
          questions: sql`excluded.questions`,
          body: sql`excluded.body`,
          category: sql`excluded.category`,
          source: sql`excluded.source`,
          audience: sql`excluded.audience`,
          region: sql`excluded.region`,
          state: sql`excluded.state`,
          effectiveFrom: sql`excluded.effective_from`,
          expiresAt: sql`excluded.expires_at`,
          version: sql`excluded.version`,
          contentHash: sql`excluded.content_hash`,
          updatedBy: sql`excluded.updated_by`,
          updatedAt: sql`excluded.updated_at`,
        },
      })
    await db.insert(knowledgeVersions).values(versions).onConflictDoNothing()
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
