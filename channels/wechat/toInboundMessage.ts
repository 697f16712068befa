/**
 * A WeChat push, as fields, to the normalized inbound message. Message ids: `MsgId` for messages;
 * events have none, so FromUserName + CreateTime (plus the event name, so two different events in
 * the same second stay apart) is the dedupe key WeChat itself recommends.
 * https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html
 */
import type { InboundMessage, ParseResult } from '../../src/contract/ChannelAdapter.js'
import type { XmlFields } from './wechatXml.js'

export function toInboundMessage(f: XmlFields, xml: string, receivedAt: Date): ParseResult {
  const account = f.ToUserName
  const user = f.FromUserName
  const type = f.MsgType
  if (!account || !user || !type || !f.CreateTime)
    return { kind: 'invalid', reason: 'missing ToUserName, FromUserName, CreateTime or MsgType' }
  const base = { channel: 'wechat', account, externalUserId: user, receivedAt, raw: { xml } }
  const msgId = f.MsgId ?? f.MsgID
  const messageId = msgId ?? `${user}:${f.CreateTime}`
  let msg: InboundMessage
  switch (type) {
    case 'text':
      msg = { ...base, externalId: messageId, kind: 'text', text: f.Content ?? '' }
      break
    case 'voice':
      // Speech recognition, when the account has it enabled, turns voice into text.
      if (!f.Recognition) return { kind: 'ignored', reason: 'voice message without recognition' }
      msg = { ...base, externalId: messageId, kind: 'text', text: f.Recognition }
      break
    case 'location': {
      const lat = Number(f.Location_X)
      const lng = Number(f.Location_Y)
      if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        return { kind: 'invalid', reason: 'bad Location_X/Location_Y' }
      }
      msg = {
        ...base,
        externalId: messageId,
        kind: 'location',
        location: { lat, lng, ...(f.Label ? { label: f.Label } : {}) },
      }
      break
    }
    case 'event': {
      const event = f.Event ?? ''
      if (event !== 'subscribe') return { kind: 'ignored', reason: `event ${event || '?'}` }
      msg = { ...base, externalId: `event:${user}:${f.CreateTime}:${event}`, kind: 'event' }
      break
    }
    default:
      return { kind: 'ignored', reason: `message type ${type}` }
  }
  return { kind: 'messages', messages: [msg] }
}
