/**
 * CSRF defence for cookie sessions, with SameSite=Strict cookies as the first line: a state-changing request
 * that relies on the cookie must come from a page of this same host (Origin, or Referer when a browser omits
 * Origin). Requests with a bearer token carry no ambient credential and pass.
 */
import type { MiddlewareHandler } from 'hono'
import { ForbiddenError } from '../errors.js'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host || origin === 'null') return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

export function originGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE.has(c.req.method) && !/^Bearer\s/i.test(c.req.header('authorization') ?? '')) {
      const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host
      const origin = c.req.header('origin') ?? c.req.header('referer')
      if (!sameOrigin(origin, host)) throw new ForbiddenError('跨站请求被拒绝（Origin 与本站不一致）。')
    }
    await next()
  }
}
