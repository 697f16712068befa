import type { SendResult } from '../../src/contract/ChannelAdapter.js'

/**
 * Classifies a failed platform call: network errors, timeouts, 429 and 5xx are worth retrying with
 * backoff; other 4xx (bad recipient, blocked bot) never get better by retrying.
 */
export function httpFailure(status: number, error: string): Extract<SendResult, { ok: false }> {
  return { ok: false, retryable: status === 429 || status >= 500 || status === 408, error, status }
}

export function networkFailure(e: unknown): Extract<SendResult, { ok: false }> {
  return { ok: false, retryable: true, error: `network: ${e instanceof Error ? e.message : String(e)}` }
}
