/** Mirrors the configured city's department directory into the `departments` table. */
import { sql } from 'drizzle-orm'
import type { Db } from '../storage/db.js'
import { departments } from '../storage/schema.js'
import type { DepartmentKind } from '../understanding/types.js'

export interface DirectoryDepartment {
  id: string
  name: string
  kind: DepartmentKind
  parentId?: string | null
  district?: string | null
  code?: string | null
  categories?: string[]
}

export async function seedDepartments(db: Db, list: DirectoryDepartment[], city: string): Promise<void> {
  for (let i = 0; i < list.length; i += 500) {
    const rows = list.slice(i, i + 500).map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      parentId: d.parentId ?? null,
      city,
      district: d.district ?? null,
      code: d.code ?? null,
      categories: d.categories ?? [],
    }))
    await db
      .insert(departments)
      .values(rows)
      .onConflictDoUpdate({
        target: departments.id,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          parentId: sql`excluded.parent_id`,
          district: sql`excluded.district`,
          code: sql`excluded.code`,
          categories: sql`excluded.categories`,
          updatedAt: sql`now()`,
        },
      })
  }
}
