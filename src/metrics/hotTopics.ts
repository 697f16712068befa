/**
 * Hot topics (每月一题): clusters of linked duplicate tickets, ranked by how many were filed in the
 * period and how fast that grew against the preceding period of the same length, so recurring
 * problems surface. A cluster is a root ticket plus its followers (`coalesce(duplicate_of, id)`).
 * Examples are masked: analytics never show a citizen's phone or ID number. The cost follows the
 * tickets of the two periods (`tickets_created_idx`), then one key lookup per listed cluster.
 */
import { sql } from 'drizzle-orm'
import { maskPii } from '../logger.js'
import { type DbOrTx, rowsOf } from '../storage/db.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'

export interface HotTopic {
  rootId: string
  number: string
  status: string
  category: { level1: string | null; level2: string | null }
  place: { district: string | null; street: string | null; community: string | null }
  department: { id: string; name: string } | null
  count: number
  previousCount: number
  growth: number
  followers: number
  examples: string[]
}

interface Raw {
  root: string
  cnt: number
  prev: number
  number: string
  status: string
  category1: string | null
  category2: string | null
  district: string | null
  street: string | null
  community: string | null
  department_id: string | null
  followers: number
}

export async function hotTopics(
  db: DbOrTx,
  q: { from: Date; to: Date; limit?: number; minCount?: number },
  lookup: DepartmentLookup,
): Promise<HotTopic[]> {
  const span = q.to.getTime() - q.from.getTime()
  const prevFrom = new Date(q.from.getTime() - span)
  const limit = Math.min(q.limit ?? 20, 100)
  const rows = rowsOf<Raw>(
    await db.execute(sql`
      with c as (
        select coalesce(t.duplicate_of, t.id) as root,
          count(*) filter (where t.created_at >= ${q.from}) as cnt,
          count(*) filter (where t.created_at < ${q.from}) as prev
        from tickets t
        where t.created_at >= ${prevFrom} and t.created_at < ${q.to}
        group by 1
      ), top as (
        select * from c where c.cnt >= ${q.minCount ?? 2}
        order by c.cnt desc, (c.cnt - c.prev) desc, c.root
        limit ${limit}
      )
      select top.root, top.cnt::int as cnt, top.prev::int as prev, r.number, r.status, r.category1, r.category2,
        r.district, r.street, r.community, r.department_id, r.followers
      from top cross join lateral (select * from tickets where id = top.root offset 0) r
      order by top.cnt desc, (top.cnt - top.prev) desc, top.root`),
  )
  if (rows.length === 0) return []
  const roots = rows.map((r) => r.root)
  const rootList = sql.join(
    roots.map((id) => sql`${id}`),
    sql`, `,
  )
  const examples = rowsOf<{ root: string; title: string }>(
    await db.execute(sql`
      select coalesce(duplicate_of, id) as root, title from tickets
      where (id in (${rootList}) or duplicate_of in (${rootList})) and created_at >= ${q.from} and created_at < ${q.to}
      order by created_at desc`),
  )
  const byRoot = new Map<string, string[]>()
  for (const e of examples) {
    const list = byRoot.get(e.root) ?? []
    if (list.length < 3) list.push(maskPii(e.title))
    byRoot.set(e.root, list)
  }
  return rows.map((r) => {
    const dept = lookup(r.department_id)
    return {
      rootId: r.root,
      number: r.number,
      status: r.status,
      category: { level1: r.category1, level2: r.category2 },
      place: { district: r.district, street: r.street, community: r.community },
      department: dept ? { id: dept.id, name: dept.name } : null,
      count: Number(r.cnt),
      previousCount: Number(r.prev),
      growth: Number(r.cnt) - Number(r.prev),
      followers: Number(r.followers),
      examples: byRoot.get(r.root) ?? [],
    }
  })
}
