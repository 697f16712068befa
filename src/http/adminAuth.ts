/**
 * Admin routes require `Authorization: Bearer $ADMIN_TOKEN`. With no ADMIN_TOKEN configured they
 * answer 403: an admin route is never open.
 */
import type { MiddlewareHandler } from 'hono'
import { timingSafeEqual } from '../contract/crypto.js'
import { ForbiddenError, UnauthorizedError } from '../errors.js'

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '')
  return m?.[1]?.trim() ?? null
}

export function adminAuth(adminToken: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken) throw new ForbiddenError('Admin API is disabled: set ADMIN_TOKEN to enable it.')
    const got = bearerToken(c.req.header('authorization'))
    if (!got || !timingSafeEqual(got, adminToken)) throw new UnauthorizedError('Admin token required.')
    await next()
  }
}
