/** Reads the unanswered questions of a time window and groups them into topics. */
import { and, desc, gte, lt, type SQL } from 'drizzle-orm'
import type { Db } from '../storage/db.js'
import { knowledgeGaps } from '../storage/schema.js'
import { type GapTopic, groupGaps } from './gapTopics.js'

export interface GapReport {
  from: string | null
  to: string | null
  /** Unanswered questions in the window (at most `sample` of them are grouped). */
  total: number
  grouped: number
  topics: GapTopic[]
}

export async function gapReport(
  db: Db,
  w: { from?: Date; to?: Date; sample?: number; maxTopics?: number } = {},
): Promise<GapReport> {
  const where: SQL[] = []
  if (w.from) where.push(gte(knowledgeGaps.createdAt, w.from))
  if (w.to) where.push(lt(knowledgeGaps.createdAt, w.to))
  const cond = where.length ? and(...where) : undefined
  const rows = await db
    .select()
    .from(knowledgeGaps)
    .where(cond)
    .orderBy(desc(knowledgeGaps.createdAt))
    .limit(w.sample ?? 5000)
  const topics = groupGaps(rows, { maxTopics: w.maxTopics ?? 50 })
  const total = await db.$count(knowledgeGaps, cond)
  return { from: w.from?.toISOString() ?? null, to: w.to?.toISOString() ?? null, total, grouped: rows.length, topics }
}
