/**
 * The "N" webhook: `POST /channels/webhook/:source`, one HMAC secret per source
 * (WEBHOOK_SECRETS=`source:secret,…`), replies and status changes POSTed back, signed the same way,
 * to WEBHOOK_OUTBOUND_URLS[source] with an `X-Delivery-Id` that is the same on every retry.
 */
import type { ChannelAdapter, ParseResult } from '../../src/contract/ChannelAdapter.js'
import { signedHeaders, verifySignedBody } from '../../src/contract/signedRequest.js'
import { httpFailure, networkFailure } from '../shared/httpFailure.js'
import { type WebhookOutbound, WebhookInboundSchema } from './webhookSchema.js'

export interface WebhookConfig {
  secrets: Record<string, string>
  outboundUrls: Record<string, string>
}

export function createWebhookAdapter(cfg: WebhookConfig) {
  const secretOf = (source: string | undefined) =>
    source && Object.hasOwn(cfg.secrets, source) ? cfg.secrets[source] : undefined
  return {
    name: 'webhook',

    async verify(req) {
      const secret = secretOf(req.params.source)
      if (!secret) return { ok: false, reason: 'unknown source' }
      return verifySignedBody(secret, req.headers, req.body)
    },

    async parse(req): Promise<ParseResult> {
      let json: unknown
      try {
        json = JSON.parse(req.body)
      } catch {
        return { kind: 'invalid', reason: 'body is not JSON' }
      }
      const r = WebhookInboundSchema.safeParse(json)
      if (!r.success) {
        const i = r.error.issues[0]
        return { kind: 'invalid', reason: i ? `${i.path.join('.') || 'body'}: ${i.message}` : 'invalid body' }
      }
      const b = r.data
      const text = b.text?.trim()
      return {
        kind: 'messages',
        messages: [
          {
            channel: 'webhook',
            account: req.params.source ?? '',
            externalUserId: b.userId,
            externalId: b.messageId,
            kind: text ? 'text' : 'location',
            ...(text ? { text } : {}),
            ...(b.location ? { location: b.location } : {}),
            profile: { ...(b.name ? { name: b.name } : {}), ...(b.phone ? { phone: b.phone } : {}) },
            receivedAt: new Date(),
            raw: json,
          },
        ],
      }
    },

    acknowledge(_req, result) {
      const messageId = result.kind === 'messages' ? (result.messages[0]?.externalId ?? '') : ''
      return Response.json({ accepted: true, messageId }, { status: 202 })
    },

    async send(msg, f = fetch) {
      const url = cfg.outboundUrls[msg.account]
      const secret = secretOf(msg.account)
      if (!url || !secret)
        return {
          ok: false,
          retryable: false,
          error: `no WEBHOOK_OUTBOUND_URLS entry or secret for source ${msg.account}`,
        }
      const payload: WebhookOutbound = {
        deliveryId: msg.deliveryId,
        type: msg.kind ?? 'reply',
        source: msg.account,
        userId: msg.recipient,
        conversationId: msg.conversationId ?? null,
        text: msg.text,
        ticket: msg.ticket ?? null,
        createdAt: (msg.createdAt ?? new Date()).toISOString(),
      }
      const body = JSON.stringify(payload)
      try {
        const res = await f(url, { method: 'POST', headers: await signedHeaders(secret, body, msg.deliveryId), body })
        await res.body?.cancel().catch(() => {})
        return res.ok ? { ok: true } : httpFailure(res.status, `outbound webhook: HTTP ${res.status}`)
      } catch (e) {
        return networkFailure(e)
      }
    },
  } satisfies ChannelAdapter
}
