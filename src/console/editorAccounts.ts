/** Editor accounts, managed by admins. A token is shown once at creation; only its SHA-256 is stored. */
import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../storage/db.js'
import { auditLog, editors } from '../storage/schema.js'
import { type Identity, newToken, type Role } from './consoleAuth.js'

export interface EditorAccount {
  id: string
  name: string
  role: Role
  createdAt: string
  revokedAt: string | null
}

export async function createEditor(
  db: Db,
  by: Identity,
  name: string,
  role: Role,
): Promise<EditorAccount & { token: string }> {
  const { token, hash } = await newToken(role === 'editor' ? 'ed' : role === 'reviewer' ? 'rv' : 'ad')
  const id = `ed_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`
  const now = new Date()
  await db.transaction(async (tx) => {
    await tx.insert(editors).values({ id, name, role, tokenHash: hash, createdAt: now })
    await tx
      .insert(auditLog)
      .values({ actor: by.id, action: 'editor.create', target: id, data: { name, role }, createdAt: now })
  })
  return { id, name, role, createdAt: now.toISOString(), revokedAt: null, token }
}

export async function listEditors(db: Db): Promise<EditorAccount[]> {
  const rows = await db.select().from(editors).orderBy(asc(editors.createdAt))
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    createdAt: r.createdAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }))
}

/** True when an active account was revoked; its token stops working at once (sessions within 12 h too). */
export async function revokeEditor(db: Db, by: Identity, id: string): Promise<boolean> {
  const now = new Date()
  return db.transaction(async (tx) => {
    const done = await tx
      .update(editors)
      .set({ revokedAt: now })
      .where(and(eq(editors.id, id), isNull(editors.revokedAt)))
      .returning({ id: editors.id })
    if (done.length)
      await tx.insert(auditLog).values({ actor: by.id, action: 'editor.revoke', target: id, createdAt: now })
    return done.length > 0
  })
}
