/**
 * Knowledge search backed by the database. Each instance keeps an in-memory index, built from the
 * published entries and refreshed when the shared `knowledge` change counter moves, so an entry
 * published on any instance is answered by every instance without a restart.
 */
import { eq, gt, sql } from 'drizzle-orm'
import { type Db, type DbOrTx, rowsOf } from '../storage/db.js'
import { knowledgeEntries, knowledgeGaps } from '../storage/schema.js'
import { KnowledgeIndex } from './search/KnowledgeIndex.js'
import type { SearchableEntry, SearchOptions, SearchResponse } from './search/types.js'

type EntryRow = typeof knowledgeEntries.$inferSelect

/** Changed rows from which a refresh counts as an import and settles the index at once. */
const BULK_ROWS = 50

export function toSearchable(r: EntryRow): SearchableEntry {
  return {
    id: r.id,
    title: r.title,
    questions: r.questions,
    body: r.body,
    category: r.category,
    source: r.source,
    audience: r.audience,
    region: r.region,
    state: r.state,
    effectiveFrom: r.effectiveFrom,
    expiresAt: r.expiresAt,
  }
}

/**
 * The in-memory part, kept apart from the database handle: on Workers a connection lives for one
 * request, while the index survives for the life of the isolate.
 */
export class KnowledgeState {
  index = new KnowledgeIndex()
  seenCounter = -1
  loadedUntil = new Date(0)
  lastCheck = 0
  loaded = false
  refreshing: Promise<void> | null = null
}

export class KnowledgeService {
  constructor(
    private readonly db: Db,
    private readonly opts: { checkIntervalMs?: number; region?: string } = {},
    private readonly st: KnowledgeState = new KnowledgeState(),
  ) {}

  get size(): number {
    return this.st.index.size
  }

  get state(): KnowledgeState {
    return this.st
  }

  /** Full load at start-up. */
  async load(): Promise<void> {
    this.st.seenCounter = await this.counter()
    const index = new KnowledgeIndex()
    const rows = await this.db.select().from(knowledgeEntries)
    let latest = new Date(0)
    for (const r of rows) {
      index.upsert(toSearchable(r))
      if (r.updatedAt > latest) latest = r.updatedAt
    }
    index.compact()
    this.st.index = index
    this.st.loadedUntil = latest
    this.st.loaded = true
  }

  /**
   * Cheap check (one indexed read, at most once per interval); applies only the changed rows.
   * `force` skips the interval and guarantees that the counter is read after the call began, so a
   * change the caller just committed is applied when it resolves.
   */
  async refreshIfChanged(force = false): Promise<void> {
    const now = Date.now()
    const st = this.st
    if (!force && now - st.lastCheck < (this.opts.checkIntervalMs ?? 1000)) return
    st.lastCheck = now
    if (st.refreshing) {
      if (!force) return st.refreshing
      // The refresh in flight may have read the counter before the caller's change committed: wait
      // for it, then join one started after this call, or start one.
      await st.refreshing.catch(() => {})
      if (st.refreshing) return st.refreshing
    }
    st.refreshing = this.applyChanges().finally(() => {
      st.refreshing = null
    })
    return st.refreshing
  }

  private async applyChanges(): Promise<void> {
    const st = this.st
    const c = await this.counter()
    if (c === st.seenCounter) return
    st.seenCounter = c
    // Rows written in the same millisecond as the last load are re-applied: upsert is idempotent.
    const since = new Date(st.loadedUntil.getTime() - 1)
    const rows = await this.db.select().from(knowledgeEntries).where(gt(knowledgeEntries.updatedAt, since))
    for (const r of rows) {
      st.index.upsert(toSearchable(r))
      if (r.updatedAt > st.loadedUntil) st.loadedUntil = r.updatedAt
    }
    // An import: settle the index now rather than in the first citizen's search.
    if (rows.length >= BULK_ROWS) st.index.compact()
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchResponse> {
    await this.refreshIfChanged()
    return this.st.index.search(query, { region: this.opts.region ?? null, ...opts })
  }

  /** Same as search, for callers that already refreshed (the HTTP hot path). */
  searchNow(query: string, opts: SearchOptions = {}): SearchResponse {
    return this.st.index.search(query, { region: this.opts.region ?? null, ...opts })
  }

  /** `db` may be the caller's transaction: on PGlite a second handle inside a transaction would wait forever. */
  async recordGap(
    query: string,
    channel: string | null,
    top: { id: string; score: number } | null,
    db: DbOrTx = this.db,
  ): Promise<void> {
    await db.insert(knowledgeGaps).values({
      query: query.slice(0, 1000),
      channel,
      topScore: top?.score ?? null,
      topEntryId: top?.id ?? null,
    })
  }

  async getEntry(id: string): Promise<EntryRow | null> {
    const [row] = await this.db.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, id)).limit(1)
    return row ?? null
  }

  private async counter(): Promise<number> {
    const r = await this.db.execute(sql`select value from change_counters where name = 'knowledge'`)
    return Number(rowsOf<{ value: number | string }>(r)[0]?.value ?? 0)
  }
}
