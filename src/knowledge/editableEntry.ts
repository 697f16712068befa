/**
 * What an editor may change on an entry (everything but its id and its workflow state), and the
 * conversions between stored rows, version snapshots and that content.
 */
import type { z } from 'zod'
import type { knowledgeEntries } from '../storage/schema.js'
import type { EntryContent } from './entryDiff.js'
import { contentHash, entryInputSchema } from './entrySchema.js'

export const editableSchema = entryInputSchema.omit({ id: true, state: true })
export const newEntrySchema = entryInputSchema.omit({ state: true })
export type Editable = z.output<typeof editableSchema>
export type EditableInput = z.input<typeof editableSchema>

export type EntryRow = typeof knowledgeEntries.$inferSelect
export type WorkState = 'draft' | 'review'

/** An editor's revision of a published entry, waiting for review while the live content keeps answering. */
export interface PendingRevision {
  content: EntryContent
  author: string
  updatedAt: string
  /** The entry version this revision was started from. */
  baseVersion: number
}

export function withState(e: Editable, state: EntryContent['state']): EntryContent {
  return {
    title: e.title,
    questions: e.questions,
    body: e.body,
    category: e.category ?? null,
    source: e.source ?? null,
    audience: e.audience,
    region: e.region ?? null,
    state,
    effectiveFrom: e.effectiveFrom ?? null,
    expiresAt: e.expiresAt ?? null,
  }
}

export function liveContent(r: EntryRow): EntryContent {
  return withState(r, r.state)
}

export function pendingOf(r: EntryRow): PendingRevision | null {
  const p = r.pending as PendingRevision | null
  return p && typeof p === 'object' && p.content ? p : null
}

/** The copy an editor works on: the pending revision if there is one, else the entry itself. */
export function workingContent(r: EntryRow): EntryContent {
  return pendingOf(r)?.content ?? liveContent(r)
}

/** A version snapshot back to editable content; snapshots written before a field existed get its default. */
export function snapshotToEditable(s: Record<string, unknown>): Editable | null {
  const parsed = editableSchema.safeParse({
    ...s,
    category: s.category ?? null,
    source: s.source ?? null,
    region: s.region ?? null,
    effectiveFrom: s.effectiveFrom ?? null,
    expiresAt: s.expiresAt ?? null,
  })
  return parsed.success ? parsed.data : null
}

export function hashContent(id: string, c: EntryContent): Promise<string> {
  return contentHash({ id, ...c })
}
