/**
 * Loads the markdown entries in `knowledge/policies/` into the database at start-up (Node only).
 * Files seed the knowledge base; once an editor has changed an entry in the console, the
 * database copy wins and the file no longer overwrites it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inArray } from 'drizzle-orm'
import { entryInputSchema, type Entry } from '../knowledge/entrySchema.js'
import { parseMarkdownEntry } from '../knowledge/markdown.js'
import { upsertEntries } from '../knowledge/upsertEntries.js'
import type { Logger } from '../logger.js'
import type { Db } from '../storage/db.js'
import { knowledgeEntries } from '../storage/schema.js'

export const FILES_ACTOR = 'knowledge-files'

export function readMarkdownDir(dir: string): { entries: Entry[]; errors: string[] } {
  const entries: Entry[] = []
  const errors: string[] = []
  let files: string[] = []
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
      .sort()
  } catch {
    return { entries, errors: [`${dir}: not readable`] }
  }
  for (const f of files) {
    const parsed = parseMarkdownEntry(readFileSync(join(dir, f), 'utf8'), f)
    if (!parsed.ok) {
      errors.push(`${f}:${parsed.error.line}: ${parsed.error.message}`)
      continue
    }
    const e = entryInputSchema.safeParse(parsed.entry)
    if (e.success) entries.push(e.data)
    else errors.push(`${f}: ${e.error.issues[0]?.message}`)
  }
  return { entries, errors }
}

export async function loadKnowledgeDir(db: Db, dir: string, log: Logger): Promise<number> {
  const { entries, errors } = readMarkdownDir(dir)
  for (const e of errors) log.warn('knowledge file skipped', { error: e })
  if (entries.length === 0) return 0
  const owned = await db
    .select({ id: knowledgeEntries.id, by: knowledgeEntries.updatedBy })
    .from(knowledgeEntries)
    .where(
      inArray(
        knowledgeEntries.id,
        entries.map((e) => e.id),
      ),
    )
  const editedInConsole = new Set(owned.filter((r) => r.by !== FILES_ACTOR).map((r) => r.id))
  const fresh = entries.filter((e) => !editedInConsole.has(e.id))
  const counts = await db.transaction((tx) => upsertEntries(tx, fresh, FILES_ACTOR))
  log.info('knowledge files loaded', { files: entries.length, ...counts })
  return entries.length
}
