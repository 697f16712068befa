/**
 * Department staff tokens. The token is shown once, at creation; only its SHA-256 is stored, so a
 * leaked database does not leak working credentials.
 */
import { and, eq, isNull } from 'drizzle-orm'
import { newToken } from '../console/consoleAuth.js'
import { sha256Hex } from '../contract/crypto.js'
import type { DbOrTx } from '../storage/db.js'
import { departmentTokens } from '../storage/schema.js'
import { getDepartment } from './departmentQueries.js'

export type CreatedToken =
  | { kind: 'created'; id: string; token: string; departmentId: string; label: string | null }
  | { kind: 'no_department' }

export async function createDepartmentToken(
  db: DbOrTx,
  departmentId: string,
  label: string | null,
  now = new Date(),
): Promise<CreatedToken> {
  if (!(await getDepartment(db, departmentId))) return { kind: 'no_department' }
  const { token, hash } = await newToken('dept')
  const id = crypto.randomUUID()
  await db.insert(departmentTokens).values({ id, departmentId, tokenHash: hash, label, createdAt: now })
  return { kind: 'created', id, token, departmentId, label }
}

export async function revokeDepartmentToken(
  db: DbOrTx,
  departmentId: string,
  tokenId: string,
  now = new Date(),
): Promise<boolean> {
  const rows = await db
    .update(departmentTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(departmentTokens.id, tokenId),
        eq(departmentTokens.departmentId, departmentId),
        isNull(departmentTokens.revokedAt),
      ),
    )
    .returning({ id: departmentTokens.id })
  return rows.length > 0
}

/** The department a raw bearer token belongs to, or null (unknown or revoked). */
export async function departmentForToken(
  db: DbOrTx,
  token: string,
): Promise<{ departmentId: string; tokenId: string } | null> {
  const hash = await sha256Hex(token)
  const [row] = await db
    .select({ id: departmentTokens.id, departmentId: departmentTokens.departmentId })
    .from(departmentTokens)
    .where(and(eq(departmentTokens.tokenHash, hash), isNull(departmentTokens.revokedAt)))
    .limit(1)
  return row ? { departmentId: row.departmentId, tokenId: row.id } : null
}
