/**
 * Console login throttling. Failed logins are already written to the audit log; counting the
 * recent ones per client there (rather than in memory) holds across instances and restarts, and
 * on Workers across isolates. Tokens are long random strings, so this is about noise and
 * credential stuffing more than guessing, and a limit per client address (not per account) keeps a
 * stranger from locking an editor out.
 */
import type { Context } from 'hono'
import { and, eq, gt, sql } from 'drizzle-orm'
import type { Db } from '../storage/db.js'
import { auditLog } from '../storage/schema.js'

export const LOGIN_WINDOW_MS = 15 * 60_000

/**
 * The client's address: the configured proxy header when there is one (only a proxy we trust may set
 * it, or anyone could rotate it), else the TCP peer from the Node server, else "unknown".
 */
export function clientKey(c: Context, header: string | undefined): string {
  if (header) {
    const v = c.req.header(header)?.split(',')[0]?.trim()
    if (v) return v
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

export async function tooManyFailures(db: Db, client: string, max: number, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS)
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'console.login_failed'),
        gt(auditLog.createdAt, since),
        sql`${auditLog.data}->>'client' = ${client}`,
      ),
    )
  return (row?.n ?? 0) >= max
}
