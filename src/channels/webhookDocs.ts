/**
 * Documents the "N" webhook in `/openapi.json`. The route itself is a plain handler: it must check
 * the signature over the raw bytes before anything parses the body, which a validating OpenAPI
 * route would do first. Outbound deliveries are documented as an OpenAPI 3.1 webhook.
 */
import { z } from '@hono/zod-openapi'
import { WebhookAckSchema, WebhookInboundSchema, WebhookOutboundSchema } from '../../channels/webhook/webhookSchema.js'
import type { Router } from '../http/appTypes.js'
import { ErrorSchema } from '../http/schemas.js'

const signatureHeaders = z.object({
  'x-signature': z.string().openapi({ description: 'sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>' }),
  'x-timestamp': z.string().openapi({ description: 'Unix seconds; requests more than 5 minutes off are rejected' }),
})

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } })

export function registerWebhookDocs(app: Router): void {
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/channels/webhook/{source}',
    summary: 'Inbound citizen message from a connected platform ("N" webhook)',
    description:
      'One HMAC secret per source (WEBHOOK_SECRETS). The message is stored and acknowledged at once; replies and ticket ' +
      'status changes are POSTed to WEBHOOK_OUTBOUND_URLS[source], signed the same way, with X-Delivery-Id stable across retries.',
    tags: ['channels'],
    request: {
      params: z.object({ source: z.string().openapi({ example: 'leader-board' }) }),
      headers: signatureHeaders,
      body: { required: true, content: { 'application/json': { schema: WebhookInboundSchema } } },
    },
    responses: {
      202: {
        description: 'Stored (or already stored: redelivery is a no-op)',
        content: { 'application/json': { schema: WebhookAckSchema } },
      },
      400: error('Malformed body'),
      401: error('Unknown source, bad signature or stale timestamp; nothing stored'),
      413: error('Body over 1 MB'),
    },
  })
  app.openAPIRegistry.registerWebhook({
    method: 'post',
    path: 'citizenReply',
    summary: 'Reply or ticket status change, POSTed to WEBHOOK_OUTBOUND_URLS[source]',
    description:
      'Signed like inbound requests (X-Signature, X-Timestamp) plus X-Delivery-Id; answer 2xx, or it is retried with backoff.',
    request: {
      headers: signatureHeaders.extend({ 'x-delivery-id': z.string() }),
      body: { required: true, content: { 'application/json': { schema: WebhookOutboundSchema } } },
    },
    responses: { 200: { description: 'Received' } },
  })
}
