/**
 * What the Wechaty bridge and the gateway say to each other, both ways signed with the shared
 * WECHATY_SECRET (src/contract/signedRequest.ts). Personal WeChat ids are opaque strings; a group
 * message's citizen is `room:<room id>:<talker id>` so the reply goes back to the group.
 */
import { z } from 'zod'

const id = z.string().min(1).max(300)

export const BridgeInboundSchema = z.object({
  /** Wechaty's message id: the dedupe key. */
  id,
  /** The logged-in account's id (the receiving account). */
  bot: id,
  talker: z.object({ id, name: z.string().max(200).optional() }),
  room: z.object({ id, topic: z.string().max(200).optional() }).optional(),
  text: z.string().max(20_000).optional(),
  location: z.object({ lat: z.number(), lng: z.number(), label: z.string().max(300).optional() }).optional(),
  sentAt: z.string().max(40).optional(),
})
export type BridgeInbound = z.infer<typeof BridgeInboundSchema>

export const BridgeOutboundSchema = z.object({
  deliveryId: id,
  to: id,
  room: id.optional(),
  text: z.string().min(1).max(20_000),
})
export type BridgeOutbound = z.infer<typeof BridgeOutboundSchema>

export function citizenId(talkerId: string, roomId?: string): string {
  return roomId ? `room:${encodeURIComponent(roomId)}:${encodeURIComponent(talkerId)}` : talkerId
}

export function recipientOf(citizen: string): { to: string; room?: string } {
  const m = /^room:([^:]+):([^:]+)$/.exec(citizen)
  return m?.[1] && m[2] ? { to: decodeURIComponent(m[2]), room: decodeURIComponent(m[1]) } : { to: citizen }
}
