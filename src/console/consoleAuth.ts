/**
 * Who is using the console and the editor/department APIs. Editors log in with a personal token
 * (only its SHA-256 is stored); ADMIN_TOKEN logs in as the built-in admin. The console keeps the
 * identity in a signed, expiring cookie; API callers send `Authorization: Bearer <token>`.
 *
 * Roles are ordered: editor < reviewer (publishes) < admin.
 */
import { and, eq, isNull } from 'drizzle-orm'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { hmacSha256Hex, sha256Hex, timingSafeEqual } from '../contract/crypto.js'
import { ForbiddenError, UnauthorizedError } from '../errors.js'
import { bearerToken } from '../http/adminAuth.js'
import type { Db } from '../storage/db.js'
import { editors } from '../storage/schema.js'

export type Role = 'editor' | 'reviewer' | 'admin'
const RANK: Record<Role, number> = { editor: 1, reviewer: 2, admin: 3 }

export interface Identity {
  id: string
  name: string
  role: Role
}

export const SESSION_COOKIE = 'gw_session'
const SESSION_HOURS = 12

export function hasRole(who: Identity, min: Role): boolean {
  return RANK[who.role] >= RANK[min]
}

/** Looks a raw token up: the admin token, or an editor's (non-revoked) token. */
export async function identityForToken(
  db: Db,
  token: string,
  adminToken: string | undefined,
): Promise<Identity | null> {
  if (adminToken && timingSafeEqual(token, adminToken)) return { id: 'admin', name: '管理员', role: 'admin' }
  const hash = await sha256Hex(token)
  const [row] = await db
    .select()
    .from(editors)
    .where(and(eq(editors.tokenHash, hash), isNull(editors.revokedAt)))
    .limit(1)
  return row ? { id: row.id, name: row.name, role: row.role } : null
}

/** A fresh random token (shown once) and the hash to store. */
export async function newToken(prefix: string): Promise<{ token: string; hash: string }> {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  const token = `${prefix}_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
  return { token, hash: await sha256Hex(token) }
}

/** The cookie value: identity and expiry, signed with the session secret. */
export async function signSession(who: Identity, secret: string, now = Date.now()): Promise<string> {
  const payload = [
    encodeURIComponent(who.id),
    encodeURIComponent(who.name),
    who.role,
    String(now + SESSION_HOURS * 3_600_000),
  ].join('|')
  return `${payload}|${await hmacSha256Hex(secret, payload)}`
}

export async function readSession(
  value: string | undefined,
  secret: string,
  now = Date.now(),
): Promise<Identity | null> {
  if (!value) return null
  const i = value.lastIndexOf('|')
  if (i < 0) return null
  const payload = value.slice(0, i)
  if (!timingSafeEqual(value.slice(i + 1), await hmacSha256Hex(secret, payload))) return null
  const [id, name, role, exp] = payload.split('|')
  if (!id || !name || !role || !(role in RANK) || !(Number(exp) > now)) return null
  return { id: decodeURIComponent(id), name: decodeURIComponent(name), role: role as Role }
}

export interface ConsoleAuthSettings {
  db: Db
  adminToken: string | undefined
  /** Signs console cookies. Derived from ADMIN_TOKEN unless SESSION_SECRET is set. */
  sessionSecret: string | undefined
}

/**
 * Middleware: the request must carry a console session or a bearer token with at least `min`.
 * Pages (`html: true`) redirect to the login form instead of answering 401.
 */
export function requireRole(s: ConsoleAuthSettings, min: Role, opts: { html?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    const who = await currentIdentity(c, s)
    if (!who) {
      if (opts.html) return c.redirect(`/console/login?next=${encodeURIComponent(c.req.path)}`)
      throw new UnauthorizedError('Log in with an editor or admin token.')
    }
    if (!hasRole(who, min)) throw new ForbiddenError(`This needs the ${min} role.`)
    c.set('identity' as never, who as never)
    await next()
  }
}

export async function currentIdentity(c: Context, s: ConsoleAuthSettings): Promise<Identity | null> {
  const token = bearerToken(c.req.header('authorization'))
  if (token) return identityForToken(s.db, token, s.adminToken)
  if (!s.sessionSecret) return null
  const who = await readSession(getCookie(c, SESSION_COOKIE), s.sessionSecret)
  if (!who || who.id === 'admin') return who
  // A signed cookie outlives its account otherwise: revoking an editor (or changing a role) applies at once.
  const [row] = await s.db
    .select({ name: editors.name, role: editors.role })
    .from(editors)
    .where(and(eq(editors.id, who.id), isNull(editors.revokedAt)))
    .limit(1)
  return row ? { id: who.id, name: row.name, role: row.role } : null
}

export function identityOf(c: Context): Identity {
  return c.get('identity' as never) as Identity
}
