/**
 * Sign-in for the department workbench (/desk). Staff sign in with their department token (issued by an
 * admin, only its SHA-256 stored); the browser then holds a signed, expiring cookie naming the department
 * and the token. Every request checks the token again, so revoking it ends open sessions at once.
 */
import { and, eq, isNull } from 'drizzle-orm'
import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { hmacSha256Hex, timingSafeEqual } from '../contract/crypto.js'
import type { Db } from '../storage/db.js'
import { departmentTokens } from '../storage/schema.js'

export const DESK_COOKIE = 'gw_desk'
export const DESK_SESSION_HOURS = 12

export interface DeskIdentity {
  departmentId: string
  tokenId: string
  /** The actor recorded on every event, as the department API records it. */
  actor: string
}

/** Different from console cookies: one secret signs both, so the payloads must never be interchangeable. */
const PURPOSE = 'desk'

export async function signDeskSession(
  who: Pick<DeskIdentity, 'departmentId' | 'tokenId'>,
  secret: string,
  now = Date.now(),
): Promise<string> {
  const payload = [
    PURPOSE,
    encodeURIComponent(who.departmentId),
    who.tokenId,
    String(now + DESK_SESSION_HOURS * 3_600_000),
  ].join('|')
  return `${payload}|${await hmacSha256Hex(secret, payload)}`
}

export async function readDeskSession(
  value: string | undefined,
  secret: string,
  now = Date.now(),
): Promise<Pick<DeskIdentity, 'departmentId' | 'tokenId'> | null> {
  if (!value) return null
  const i = value.lastIndexOf('|')
  if (i < 0) return null
  const payload = value.slice(0, i)
  if (!timingSafeEqual(value.slice(i + 1), await hmacSha256Hex(secret, payload))) return null
  const [purpose, dept, tokenId, exp] = payload.split('|')
  if (purpose !== PURPOSE || !dept || !tokenId || !(Number(exp) > now)) return null
  return { departmentId: decodeURIComponent(dept), tokenId }
}

/** The signed-in department, with its token still valid; null otherwise. */
export async function currentDesk(c: Context, db: Db, secret: string | undefined): Promise<DeskIdentity | null> {
  if (!secret) return null
  const s = await readDeskSession(getCookie(c, DESK_COOKIE), secret)
  if (!s) return null
  const [row] = await db
    .select({ id: departmentTokens.id })
    .from(departmentTokens)
    .where(
      and(
        eq(departmentTokens.id, s.tokenId),
        eq(departmentTokens.departmentId, s.departmentId),
        isNull(departmentTokens.revokedAt),
      ),
    )
    .limit(1)
  return row ? { ...s, actor: `department:${s.departmentId}:token:${s.tokenId}` } : null
}
