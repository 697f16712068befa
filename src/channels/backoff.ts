/**
 * Exponential backoff with ±20% jitter, so a platform outage does not end with every instance
 * retrying its whole backlog in the same second.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(exp * (0.8 + 0.4 * random()))
}
