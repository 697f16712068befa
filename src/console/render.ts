/** HTML responses and access checks for console pages. */
import type { Context, MiddlewareHandler } from 'hono'
import type { Services } from '../services.js'
import { currentIdentity, hasRole, type Identity, type Role } from './consoleAuth.js'

// No scripts at all: the console is plain forms, so the policy can forbid every script source.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

export function render(c: Context, node: unknown, status: 200 | 400 | 401 | 403 | 404 | 409 | 429 = 200): Response {
  return c.html(`<!DOCTYPE html>${String(node)}`, status, {
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
  })
}

/** Pages: not logged in → the login form; logged in without the role → a 403 page. */
export function pageGuard(
  s: Services,
  min: Role,
  forbidden: (c: Context, who: Identity) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    const who = await currentIdentity(c, s.consoleAuth)
    if (!who) {
      const next_ = c.req.method === 'GET' ? c.req.path + (new URL(c.req.url).search || '') : '/console/entries'
      return c.redirect(`/console/login?next=${encodeURIComponent(next_)}`)
    }
    if (!hasRole(who, min)) return forbidden(c, who)
    c.set('identity' as never, who as never)
    await next()
  }
}

/** Only local console paths may be a post-login target (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && /^\/console(\/|$|\?)/.test(next) && !next.startsWith('//') ? next : '/console/entries'
}

/** `2026-03-01 16:05` in the gateway's time zone (TIMEZONE), not UTC: editors read local times. */
export function localTime(iso: string, timeZone: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}
