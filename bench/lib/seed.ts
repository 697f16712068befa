/**
 * Seeds a fresh PostgreSQL database with N synthetic tickets (with their lifecycle events) and N
 * synthetic knowledge entries, for the scaling runs. Everything is generated in SQL
 * (`generate_series`, batches of 25k rows), so 100k tickets take seconds, not minutes.
 *
 * The data is synthetic on purpose (no evaluation data is copied): streets and departments come
 * from the committed Beijing directory; ticket texts and knowledge entries are built from short
 * fixed phrase lists. The knowledge entries share the common words of the bench questions (办理,
 * 需要, 材料, 什么时候, 北京市 …), so the search really has longer posting lists to walk, but not
 * their topic words (供暖, 居住证): the right answer must still win.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import type { Db } from '../../src/storage/db.js'
import { migrate } from '../../src/storage/migrate.js'
import * as schema from '../../src/storage/schema.js'
import { seedDepartments } from '../../src/tickets/seedDepartments.js'
import { directoryFor } from '../../src/understanding/routing/directoryFor.js'

const BATCH = 25_000
const CATEGORIES: [string, string][] = [
  ['城乡建设', '物业服务'],
  ['城乡建设', '冬季采暖'],
  ['城乡建设', '环境卫生'],
  ['城乡建设', '园林绿化'],
  ['城乡建设', '违章建筑'],
  ['城乡建设', '自来水供应'],
  ['交通运输', '公共汽车'],
  ['劳动和社会保障', '劳动关系'],
  ['卫生计生', '医疗服务'],
  ['环境保护', '噪声污染'],
]
const TITLES = [
  '小区暖气不热',
  '楼道垃圾长期无人清理',
  '夜间施工噪声扰民',
  '路灯不亮',
  '物业不作为',
  '小区停水',
  '公交站台破损',
  '拖欠工资',
  '树木遮挡采光',
  '违建占用绿地',
]
const TOPICS = [
  '社区图书室借阅',
  '公共体育场地预约',
  '社区文化活动报名',
  '便民菜站营业',
  '政务服务中心预约',
  '公园年票办理',
  '志愿服务时长认定',
  '社区食堂就餐',
  '无障碍设施维护',
  '老年人助餐服务',
  '儿童疫苗接种预约',
  '二手车交易登记',
  '图书馆读者证',
  '博物馆参观预约',
  '公共自行车租用',
  '残疾人停车证',
  '养犬年检',
  '社区健身器材报修',
  '街道市民议事厅',
  '社区心理咨询',
]

/** `(param)[1 + expr % length]`: cycles through a text[] parameter. */
function pick(param: string, expr: string): string {
  return `(${param}::text[])[1 + (${expr}) % array_length(${param}::text[], 1)]`
}

/** Matches the `closed` statuses above: those tickets have a callback answer. */
const CLOSED = '(i % 10 < 5 or i % 10 = 8)'

export interface SeedResult {
  tickets: number
  ticketEvents: number
  knowledgeEntries: number
  seedMs: number
}

/**
 * History grows at `perDay` tickets a day, newest first: the last 30 days hold about 30 × perDay
 * tickets at every scale, and what grows with N is the history the analytics must not scan. Every
 * 50 consecutive tickets form a cluster whose first ticket is the root of 30% of the others
 * (duplicates, for hot topics).
 */
export async function seedScale(databaseUrl: string, n: number, perDay = 30): Promise<SeedResult> {
  const t0 = performance.now()
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  try {
    const db = drizzle(pool, { schema }) as unknown as Db
    await migrate(db)
    const dir = directoryFor('北京市')
    await seedDepartments(db, dir.departments, '北京市')
    const streets = dir.departments.filter((d) => d.kind === 'street' && d.district)
    const ids = streets.map((s) => s.id)
    const names = streets.map((s) => s.name)
    const districts = streets.map((s) => s.district as string)
    const secondsApart = 86_400 / perDay
    for (let lo = 1; lo <= n; lo += BATCH) {
      const hi = Math.min(n, lo + BATCH - 1)
      await pool.query(
        `insert into tickets (id, number, status, intent, urgency, title, description, category1, category2, category_confidence,
           province, city, district, street, department_id, first_department_id, dispatch_rule, channel, account,
           duplicate_of, due_at, dispatched_at, accepted_at, closed_at, resolved, satisfaction, callback_status, created_at, updated_at)
         select 'seed-t-' || i, 'BJ-SEED-' || lpad(i::text, 7, '0'),
           (array['closed','closed','closed','closed','closed','dispatched','accepted','in_progress','closed','reopened'])[1 + i % 10],
           (array['complaint','help','report','suggestion'])[1 + i % 4], 'normal',
           ${pick('$4', 'i')}, ${pick('$4', 'i')} || '，请尽快处理。', ${pick('$5', 'i')}, ${pick('$6', 'i')}, 0.8,
           '北京市', '北京市', ${pick('$2', 'i * 7')}, ${pick('$3', 'i * 7')}, ${pick('$1', 'i * 7')}, ${pick('$1', 'i * 7')}, 'street', 'web', 'web',
           case when (i - 1) % 50 <> 0 and i % 10 < 3 then 'seed-t-' || (i - (i - 1) % 50) end,
           c + interval '15 days', c + interval '1 minute', c + interval '1 minute' + (i % 30) * interval '1 hour',
           case when ${CLOSED} then c + interval '3 days' end,
           case when ${CLOSED} then i % 4 <> 0 end,
           case when ${CLOSED} then (array['satisfied','basically_satisfied','unsatisfied'])[1 + i % 3] end,
           case when ${CLOSED} then 'answered' end,
           c, c
         from (select i, now() - ((i - 1) * $9::float8 + (i * 7919) % 600) * interval '1 second' as c
               from generate_series($7::int, $8::int) i) g`,
        [ids, districts, names, TITLES, CATEGORIES.map((c) => c[0]), CATEGORIES.map((c) => c[1]), lo, hi, secondsApart],
      )
    }
    // The events the three rates are computed from: created, dispatched, accepted, callback answered.
    await pool.query(`insert into ticket_events (ticket_id, type, actor, department_id, data, created_at)
      select id, 'created', 'seed', null, '{}', created_at from tickets where id like 'seed-t-%'`)
    await pool.query(`insert into ticket_events (ticket_id, type, actor, department_id, data, created_at)
      select id, 'dispatched', 'seed', department_id, '{}', dispatched_at from tickets where id like 'seed-t-%'`)
    await pool.query(`insert into ticket_events (ticket_id, type, actor, department_id, data, created_at)
      select id, 'accepted', 'seed', department_id, '{}', accepted_at from tickets where id like 'seed-t-%'`)
    await pool.query(`insert into ticket_events (ticket_id, type, actor, department_id, data, created_at)
      select id, 'callback_answered', 'seed', department_id,
        jsonb_build_object('resolved', resolved, 'satisfaction', satisfaction), closed_at + interval '1 day'
      from tickets where id like 'seed-t-%' and callback_status = 'answered'`)
    for (let lo = 1; lo <= n; lo += BATCH) {
      const hi = Math.min(n, lo + BATCH - 1)
      await pool.query(
        `insert into knowledge_entries (id, title, questions, body, category, source, audience, region, state, content_hash, updated_by)
         select 'seed-k-' || i, '北京市便民服务第' || i || '号：' || t,
           jsonb_build_array(t || '需要什么材料？', t || '什么时候可以办理？'),
           '北京市' || t || '（第' || i || '号）：市民可以在工作日到街道政务服务中心办理，需要携带本人身份证件和相关材料。' ||
           '办理时间一般为每年3月至11月，具体以街道公布为准。咨询电话以社区公告为准。',
           '便民服务', 'bench-seed', 'all', '北京市', 'published', md5(i::text), 'bench-seed'
         from (select i, ($1::text[])[1 + i % array_length($1::text[], 1)] as t from generate_series($2::int, $3::int) i) g`,
        [TOPICS, lo, hi],
      )
    }
    await pool.query(`update change_counters set value = value + 1 where name = 'knowledge'`)
    await pool.query('analyze')
    const counts = await pool.query<{ t: number; e: number; k: number }>(
      `select (select count(*) from tickets)::int t, (select count(*) from ticket_events)::int e, (select count(*) from knowledge_entries)::int k`,
    )
    const c = counts.rows[0]
    return {
      tickets: c?.t ?? 0,
      ticketEvents: c?.e ?? 0,
      knowledgeEntries: c?.k ?? 0,
      seedMs: Math.round(performance.now() - t0),
    }
  } finally {
    await pool.end()
  }
}
