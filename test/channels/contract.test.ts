/** Runs the shared contract suite for every channel adapter. */
import { SECRETS } from './helpers/channelGateway.js'
import {
  signedPost,
  telegramPost,
  telegramText,
  webhookText,
  wechatAes,
  wechatTextXml,
  wechatyText,
  weiboPost,
  weiboText,
} from './helpers/channelRequests.js'
import type { RequestSpec } from './helpers/channelGateway.js'
import { defineContractSuite } from './contractSuite.js'

const withQuery = (spec: RequestSpec, edit: (q: URLSearchParams) => void): RequestSpec => {
  const u = new URL(spec.path, 'http://x')
  edit(u.searchParams)
  return { ...spec, path: `${u.pathname}?${u.searchParams}` }
}
const withHeader = (spec: RequestSpec, name: string, value: string | null): RequestSpec => {
  const headers = Object.fromEntries(
    Object.entries(spec.headers).filter(([k]) => k.toLowerCase() !== name.toLowerCase()),
  )
  return { ...spec, headers: value === null ? headers : { ...headers, [name]: value } }
}
const flip = (hex: string) => (hex.startsWith('0') ? `1${hex.slice(1)}` : `0${hex.slice(1)}`)
/** Weibo ids are numbers; test users become stable numeric ids. */
const weiboId = (user: string) =>
  String(2_000_000_000 + [...user].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 1_000_000_000, 7))
const telegramId = (user: string) => Number(weiboId(user))

// WeChat in safe mode, answering through the customer-service API (the passive path has its own tests).
defineContractSuite({
  name: 'wechat',
  env: { WECHAT_PASSIVE_REPLY_MS: '0' },
  request: (n, text, user) => wechatAes(wechatTextXml({ user, msgId: 7_000_000_000 + n, text })),
  recipient: (user) => user,
  tamper: (s) => withQuery(s, (q) => q.set('msg_signature', flip(q.get('msg_signature') ?? ''))),
  strip: (s) => withQuery(s, (q) => q.delete('msg_signature')),
  malformed: async () => [
    await wechatAes('<xml><ToUserName>only</ToUserName></xml>'),
    await wechatAes('not xml at all'),
    await wechatAes('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Content>&e;</Content></xml>'),
  ],
  signed: (body) => wechatAes(body),
  replies: (p) =>
    p.calls('/cgi-bin/message/custom/send').map((r) => ({ to: r.json.touser, text: r.json.text.content })),
  ackStatus: 200,
})

defineContractSuite({
  name: 'weibo',
  request: (n, text, user) =>
    weiboPost(
      weiboText({
        sender: weiboId(user),
        createdAt: `Mon Jul 16 18:09:${String(n % 60).padStart(2, '0')} +0800 2012`,
        text,
      }),
    ),
  recipient: weiboId,
  tamper: (s) => withQuery(s, (q) => q.set('signature', flip(q.get('signature') ?? ''))),
  strip: (s) => withQuery(s, (q) => q.delete('signature')),
  malformed: async () => [
    await weiboPost('{"type":"text"}'),
    await weiboPost('not json'),
    await weiboPost('{"type":"position","sender_id":1,"receiver_id":2,"created_at":"x","data":{}}'),
  ],
  signed: (body) => weiboPost(body),
  replies: (p) =>
    p.calls('/2/messages/reply.json').map((r) => {
      const form = new URLSearchParams(r.body)
      return { to: form.get('receiver_id') ?? '', text: JSON.parse(form.get('data') ?? '{}').text ?? '' }
    }),
  ackStatus: 200,
})

defineContractSuite({
  name: 'telegram',
  request: async (n, text, user) =>
    telegramPost(
      telegramText({ updateId: 500_000 + n + (telegramId(user) % 1000) * 100, chatId: telegramId(user), text }),
    ),
  recipient: (user) => String(telegramId(user)),
  tamper: (s) => withHeader(s, 'x-telegram-bot-api-secret-token', `${SECRETS.telegramSecret}x`),
  strip: (s) => withHeader(s, 'x-telegram-bot-api-secret-token', null),
  malformed: async () => [
    telegramPost('{"message":{}}'),
    telegramPost('not json'),
    telegramPost('{"update_id":1,"message":{"text":"x"}}'),
  ],
  signed: async (body) => telegramPost(body),
  replies: (p) => p.calls(/\/sendMessage$/).map((r) => ({ to: String(r.json.chat_id), text: r.json.text })),
  ackStatus: 200,
})

defineContractSuite({
  name: 'wechaty',
  request: (n, text, user) =>
    signedPost(
      '/channels/wechaty/inbound',
      wechatyText({ id: `wechaty-msg-${user}-${n}`, talker: user, text }),
      SECRETS.wechatySecret,
    ),
  recipient: (user) => user,
  tamper: (s) => withHeader(s, 'X-Signature', `sha256=${flip((s.headers['X-Signature'] ?? '').slice(7))}`),
  strip: (s) => withHeader(withHeader(s, 'X-Signature', null), 'X-Timestamp', null),
  malformed: async () => [
    await signedPost('/channels/wechaty/inbound', '{"id":"x"}', SECRETS.wechatySecret),
    await signedPost('/channels/wechaty/inbound', 'not json', SECRETS.wechatySecret),
  ],
  signed: (body) => signedPost('/channels/wechaty/inbound', body, SECRETS.wechatySecret),
  replies: (p) => p.calls('/send').map((r) => ({ to: r.json.to, text: r.json.text })),
  ackStatus: 200,
})

defineContractSuite({
  name: 'webhook',
  request: (n, text, user) =>
    signedPost(
      '/channels/webhook/source-a',
      webhookText({ messageId: `hook-${user}-${n}`, userId: user, text }),
      SECRETS.webhookSecret,
    ),
  recipient: (user) => user,
  tamper: (s) => withHeader(s, 'X-Signature', `sha256=${flip((s.headers['X-Signature'] ?? '').slice(7))}`),
  strip: (s) => withHeader(withHeader(s, 'X-Signature', null), 'X-Timestamp', null),
  malformed: async () => [
    await signedPost('/channels/webhook/source-a', '{"messageId":"m1"}', SECRETS.webhookSecret),
    await signedPost(
      '/channels/webhook/source-a',
      '{"messageId":"m1","userId":"u","location":{"lat":500,"lng":1}}',
      SECRETS.webhookSecret,
    ),
    await signedPost('/channels/webhook/source-a', 'not json', SECRETS.webhookSecret),
  ],
  signed: (body) => signedPost('/channels/webhook/source-a', body, SECRETS.webhookSecret),
  replies: (p) => p.calls('/hook').map((r) => ({ to: r.json.userId, text: r.json.text })),
  ackStatus: 202,
})
