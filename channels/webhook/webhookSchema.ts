/**
 * The "N" webhook's JSON contract, both directions. Any platform (an app, a 领导留言板 bridge, a
 * partner's system) posts citizen messages in; replies and ticket status changes come back as
 * signed POSTs. The same schemas document the route in `/openapi.json`.
 */
import { z } from 'zod'

const id = z.string().trim().min(1).max(200)

export const WebhookInboundSchema = z
  .object({
    messageId: id.describe("The source's id for this message; redelivering the same id is a no-op."),
    userId: id.describe("The source's stable id for the citizen; replies are addressed to it."),
    text: z.string().max(5000).optional(),
    location: z
      .object({
        lat: z.number().min(-90).max(90),
        lng: z.number().min(-180).max(180),
        label: z.string().max(200).optional(),
      })
      .optional(),
    name: z.string().max(100).optional(),
    phone: z.string().max(30).optional(),
    sentAt: z.string().max(40).optional().describe('When the citizen sent it (ISO 8601), for the record.'),
  })
  .refine((b) => (b.text !== undefined && b.text.trim() !== '') || b.location !== undefined, {
    message: 'text or location is required',
  })

export type WebhookInbound = z.infer<typeof WebhookInboundSchema>

export const WebhookOutboundSchema = z.object({
  deliveryId: z.string().describe('Stable across retries: drop a delivery id you have already processed.'),
  type: z.enum(['reply', 'status', 'callback', 'reminder']),
  source: z.string(),
  userId: z.string(),
  conversationId: z.string().nullable(),
  text: z.string(),
  ticket: z.object({ id: z.string(), number: z.string(), status: z.string() }).nullable(),
  createdAt: z.string().describe('ISO 8601'),
})

export type WebhookOutbound = z.infer<typeof WebhookOutboundSchema>

export const WebhookAckSchema = z.object({ accepted: z.literal(true), messageId: z.string() })
