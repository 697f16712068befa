/**
 * The editors' workflow: draft → review → published → archived.
 *
 * - Editors create and edit drafts and submit them for review; reviewers (and admins) publish and archive.
 * - Editing a published entry does not take it down: the edit is kept as a pending revision on the row and the
 *   live content keeps answering until a reviewer publishes the revision.
 * - Every change writes a version (author, time, snapshot, readable diff against the previous version) and an
 *   audit-log row, in one transaction with the change itself.
 * - A change to what search sees bumps the `knowledge` change counter, so every instance picks it up
 *   without a restart.
 */
import { and, desc, eq } from 'drizzle-orm'
import { hasRole, type Identity, type Role } from '../console/consoleAuth.js'
import type { Db, Tx } from '../storage/db.js'
import { auditLog, knowledgeEntries, knowledgeVersions } from '../storage/schema.js'
import {
  type Editable,
  type EntryRow,
  hashContent,
  liveContent,
  type PendingRevision,
  pendingOf,
  snapshotToEditable,
  withState,
  workingContent,
} from './editableEntry.js'
import { changedFields, type EntryContent, entryDiff } from './entryDiff.js'
import { bumpChangeCounter } from './upsertEntries.js'

export type WorkflowAction = 'create' | 'save' | 'submit' | 'publish' | 'archive' | 'discard' | 'restore'

export type WorkflowError = { code: 'not_found' | 'conflict' | 'forbidden' | 'invalid'; message: string }
export type Outcome = { ok: true; id: string; version: number; changed: boolean } | { ok: false; error: WorkflowError }

/** What one action does to the row: new live content and/or pending revision, and the resulting working copy. */
interface Change {
  live?: EntryContent
  pending?: PendingRevision | null
  working: EntryContent
}

const fail = (code: WorkflowError['code'], message: string): Outcome => ({ ok: false, error: { code, message } })

const NEEDS: Record<WorkflowAction, Role> = {
  create: 'editor',
  save: 'editor',
  submit: 'editor',
  discard: 'editor',
  restore: 'editor',
  publish: 'reviewer',
  archive: 'reviewer',
}

export interface WorkflowOptions {
  now?: () => Date
  /** Called after a committed change that search sees (the local instance refreshes at once). */
  onPublishedChange?: () => Promise<void>
}

export class EditorWorkflow {
  constructor(
    private readonly db: Db,
    private readonly opts: WorkflowOptions = {},
  ) {}

  async create(
    who: Identity,
    id: string,
    content: Editable,
    o: { submit?: boolean; note?: string } = {},
  ): Promise<Outcome> {
    if (!hasRole(who, NEEDS.create)) return forbidden('create')
    const now = this.now()
    const working = withState(content, o.submit ? 'review' : 'draft')
    const out = await this.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(knowledgeEntries)
        .values({
          id,
          ...working,
          version: 1,
          contentHash: await hashContent(id, working),
          updatedBy: who.id,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: knowledgeEntries.id })
      if (inserted.length === 0) return fail('conflict', `条目 ${id} 已存在。`)
      await this.record(tx, who, 'create', id, 1, null, working, o.note, now)
      await bumpChangeCounter(tx, 'knowledge')
      return { ok: true, id, version: 1, changed: true } as Outcome
    })
    if (out.ok) await this.opts.onPublishedChange?.()
    return out
  }

  /** Save the working copy; `submit` sends it to review in the same step. */
  save(
    who: Identity,
    id: string,
    content: Editable,
    o: { submit?: boolean; baseVersion?: number; note?: string } = {},
  ) {
    return this.mutate(who, id, 'save', o, (row, now) =>
      revise(row, withState(content, o.submit ? 'review' : 'draft'), who, now),
    )
  }

  submit(who: Identity, id: string, o: { note?: string } = {}) {
    return this.mutate(who, id, 'submit', o, (row, now) => {
      const w = workingContent(row)
      if (w.state !== 'draft') return `只有草稿可以提交审核（当前：${w.state}）。`
      return revise(row, { ...w, state: 'review' }, who, now)
    })
  }

  publish(who: Identity, id: string, o: { note?: string } = {}) {
    return this.mutate(who, id, 'publish', o, (row) => {
      const p = pendingOf(row)
      if (!p && row.state === 'published') return '该条目已发布，没有待发布的修改。'
      const live: EntryContent = { ...(p?.content ?? liveContent(row)), state: 'published' }
      return { live, pending: null, working: live }
    })
  }

  archive(who: Identity, id: string, o: { note?: string } = {}) {
    return this.mutate(who, id, 'archive', o, (row) => {
      if (row.state === 'archived') return '该条目已归档。'
      const live: EntryContent = { ...liveContent(row), state: 'archived' }
      return { live, pending: null, working: live }
    })
  }

  /** Drop a pending revision; the published content stays as it is. */
  discard(who: Identity, id: string, o: { note?: string } = {}) {
    return this.mutate(who, id, 'discard', o, (row) => {
      if (!pendingOf(row)) return '没有待审核的修改可以撤销。'
      return { pending: null, working: liveContent(row) }
    })
  }

  /** Bring back an earlier version as a new version: a draft, or published at once by a reviewer. */
  async restore(
    who: Identity,
    id: string,
    version: number,
    o: { publish?: boolean; note?: string } = {},
  ): Promise<Outcome> {
    if (o.publish && !hasRole(who, 'reviewer')) return forbidden('publish')
    const [v] = await this.db
      .select({ snapshot: knowledgeVersions.snapshot })
      .from(knowledgeVersions)
      .where(and(eq(knowledgeVersions.entryId, id), eq(knowledgeVersions.version, version)))
      .limit(1)
    if (!v) return fail('not_found', `条目 ${id} 没有版本 v${version}。`)
    const content = snapshotToEditable(v.snapshot)
    if (!content) return fail('invalid', `版本 v${version} 的内容不完整，无法恢复。`)
    const note = [`恢复 v${version}`, o.note].filter(Boolean).join('：')
    return this.mutate(who, id, 'restore', { note }, (row, now) => {
      if (!o.publish) return revise(row, withState(content, 'draft'), who, now)
      const live = withState(content, 'published')
      return { live, pending: null, working: live }
    })
  }

  private async mutate(
    who: Identity,
    id: string,
    action: WorkflowAction,
    o: { baseVersion?: number; note?: string },
    decide: (row: EntryRow, now: Date) => Change | string,
  ): Promise<Outcome> {
    if (!hasRole(who, NEEDS[action])) return forbidden(action)
    const now = this.now()
    let liveChanged = false
    const out = await this.db.transaction(async (tx): Promise<Outcome> => {
      const [row] = await tx.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, id)).for('update').limit(1)
      if (!row) return fail('not_found', `没有条目 ${id}。`)
      if (o.baseVersion !== undefined && o.baseVersion !== row.version) {
        return fail('conflict', `条目已被修改（当前 v${row.version}，您编辑的是 v${o.baseVersion}），请刷新后重试。`)
      }
      const change = decide(row, now)
      if (typeof change === 'string') return fail('conflict', change)
      const before = workingContent(row)
      const pendingChanged =
        change.pending !== undefined && JSON.stringify(change.pending) !== JSON.stringify(row.pending ?? null)
      liveChanged = !!change.live && changedFields(liveContent(row), change.live).length > 0
      if (!liveChanged && !pendingChanged && changedFields(before, change.working).length === 0) {
        return { ok: true, id, version: row.version, changed: false }
      }
      const version = row.version + 1
      const set: Partial<typeof knowledgeEntries.$inferInsert> = { version, updatedAt: now }
      if (change.pending !== undefined) set.pending = change.pending as unknown as Record<string, unknown> | null
      if (change.live && liveChanged) {
        Object.assign(set, change.live, { contentHash: await hashContent(id, change.live), updatedBy: who.id })
      }
      await tx.update(knowledgeEntries).set(set).where(eq(knowledgeEntries.id, id))
      await this.record(tx, who, action, id, version, before, change.working, o.note, now)
      if (liveChanged) await bumpChangeCounter(tx, 'knowledge')
      return { ok: true, id, version, changed: true }
    })
    if (out.ok && liveChanged) await this.opts.onPublishedChange?.()
    return out
  }

  private async record(
    tx: Tx,
    who: Identity,
    action: WorkflowAction,
    id: string,
    version: number,
    before: EntryContent | null,
    after: EntryContent,
    note: string | undefined,
    now: Date,
  ): Promise<void> {
    await tx.insert(knowledgeVersions).values({
      entryId: id,
      version,
      snapshot: after as unknown as Record<string, unknown>,
      diff: entryDiff(before, after),
      author: who.id,
      note: note ? `${action}: ${note}` : action,
      createdAt: now,
    })
    await tx.insert(auditLog).values({
      actor: who.id,
      action: `knowledge.${action}`,
      target: id,
      data: { version, state: after.state, fields: changedFields(before, after), role: who.role },
      createdAt: now,
    })
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date()
  }
}

/** An edit of the working copy: on a published entry it becomes (or replaces) the pending revision. */
function revise(row: EntryRow, working: EntryContent, who: Identity, now: Date): Change {
  if (row.state === 'published') {
    // Saving the live content unchanged is not a revision: it only withdraws one that was pending.
    if (changedFields(liveContent(row), { ...working, state: row.state }).length === 0) {
      return { pending: null, working: liveContent(row) }
    }
    const baseVersion = pendingOf(row)?.baseVersion ?? row.version
    return { pending: { content: working, author: who.id, updatedAt: now.toISOString(), baseVersion }, working }
  }
  return { live: working, pending: null, working }
}

function forbidden(action: WorkflowAction): Outcome {
  const need = NEEDS[action] === 'reviewer' ? '审核员' : '编辑'
  return fail('forbidden', `此操作需要${need}及以上权限。`)
}

/** The newest versions first. */
export async function listVersions(db: Db, id: string, limit = 100) {
  return db
    .select()
    .from(knowledgeVersions)
    .where(eq(knowledgeVersions.entryId, id))
    .orderBy(desc(knowledgeVersions.version))
    .limit(limit)
}
