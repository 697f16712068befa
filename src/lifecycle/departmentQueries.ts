/** Department facts the lifecycle needs from the `departments` table (mirrored from the directory). */
import { eq, inArray } from 'drizzle-orm'
import type { DbOrTx } from '../storage/db.js'
import { departments } from '../storage/schema.js'

export type DepartmentRow = typeof departments.$inferSelect

export async function getDepartment(db: DbOrTx, id: string): Promise<DepartmentRow | null> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id)).limit(1)
  return row ?? null
}

/** The hotline center: the manual-dispatch queue, where returned tickets go and the last escalation level. */
export async function centerDepartmentId(db: DbOrTx): Promise<string | null> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.kind, 'center')).limit(1)
  return row?.id ?? null
}

export async function departmentsById(db: DbOrTx, ids: string[]): Promise<Map<string, DepartmentRow>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db.select().from(departments).where(inArray(departments.id, unique))
  return new Map(rows.map((r) => [r.id, r]))
}
