/**
 * The HMAC scheme shared by the Wechaty bridge and the "N" webhooks, in both directions:
 * `X-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>` and `X-Timestamp` in Unix
 * seconds. Binding the timestamp into the MAC and rejecting stale ones (5 minutes) stops replays of
 * a captured request; the delivery id (`X-Delivery-Id`) lets receivers drop retried duplicates.
 */
import type { VerifyResult } from './ChannelAdapter.js'
import { hmacSha256Hex, timingSafeEqual } from './crypto.js'

export const SIGNATURE_HEADER = 'X-Signature'
export const TIMESTAMP_HEADER = 'X-Timestamp'
export const DELIVERY_HEADER = 'X-Delivery-Id'
export const MAX_SKEW_MS = 5 * 60_000

export async function signBody(secret: string, timestamp: string, body: string): Promise<string> {
  return `sha256=${await hmacSha256Hex(secret, `${timestamp}.${body}`)}`
}

/** Headers for an outbound signed POST; the timestamp is fresh on every attempt, the delivery id is not. */
export async function signedHeaders(
  secret: string,
  body: string,
  deliveryId?: string,
  nowMs = Date.now(),
): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(nowMs / 1000))
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: await signBody(secret, timestamp, body),
  }
  if (deliveryId) headers[DELIVERY_HEADER] = deliveryId
  return headers
}

export async function verifySignedBody(
  secret: string | undefined,
  headers: Headers,
  body: string,
  nowMs = Date.now(),
): Promise<VerifyResult> {
  if (!secret) return { ok: false, reason: 'no secret configured' }
  const signature = headers.get(SIGNATURE_HEADER)
  const timestamp = headers.get(TIMESTAMP_HEADER)
  if (!signature || !timestamp) return { ok: false, reason: 'missing X-Signature or X-Timestamp' }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed X-Timestamp' }
  if (Math.abs(nowMs - Number(timestamp) * 1000) > MAX_SKEW_MS)
    return { ok: false, reason: 'timestamp outside the 5-minute window' }
  const expected = await signBody(secret, timestamp, body)
  return timingSafeEqual(signature.trim().toLowerCase(), expected)
    ? { ok: true }
    : { ok: false, reason: 'signature mismatch' }
}
