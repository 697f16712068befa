/**
 * Builds correctly signed platform requests from the fixtures, the way each platform signs them,
 * plus the usual ways they go wrong (tampered, unsigned, malformed).
 */
import { readFileSync } from 'node:fs'
import { createWechatCipher } from '../../../channels/wechat/wechatCipher.js'
import { wechatSignature } from '../../../channels/wechat/wechatSignature.js'
import { weiboSignature } from '../../../channels/weibo/weiboAdapter.js'
import { signedHeaders } from '../../../src/contract/signedRequest.js'
import type { RequestSpec } from './channelGateway.js'
import { SECRETS } from './channelGateway.js'

export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')
}

export function fixtureJson<T = any>(path: string): T {
  return JSON.parse(fixture(path)) as T
}

let nonceSeq = 0
const nonce = () => String(100000 + ++nonceSeq)
const nowSec = () => String(Math.floor(Date.now() / 1000))

/** A WeChat text message from the documented example, with our own user, id and content. */
export function wechatTextXml(o: { user?: string; msgId?: string | number; text: string; account?: string }): string {
  return fixture('wechat/text.xml')
    .replace('<![CDATA[toUser]]>', `<![CDATA[${o.account ?? 'gh_test_account'}]]>`)
    .replace('<![CDATA[fromUser]]>', `<![CDATA[${o.user ?? 'oUser1'}]]>`)
    .replace('this is a test', o.text)
    .replace('1234567890123456', String(o.msgId ?? 1234567890123456))
}

export async function wechatPlain(xml: string, token = SECRETS.wechatToken): Promise<RequestSpec> {
  const timestamp = nowSec()
  const n = nonce()
  const signature = await wechatSignature([token, timestamp, n])
  return {
    method: 'POST',
    path: `/channels/wechat/webhook?signature=${signature}&timestamp=${timestamp}&nonce=${n}&openid=oUser1`,
    headers: { 'content-type': 'text/xml' },
    body: xml,
  }
}

/** Safe mode: the message encrypted with the account's EncodingAESKey, signed with msg_signature. */
export async function wechatAes(
  xml: string,
  o: { token?: string; aesKey?: string; appId?: string } = {},
): Promise<RequestSpec> {
  const token = o.token ?? SECRETS.wechatToken
  const cipher = await createWechatCipher(o.aesKey ?? SECRETS.wechatAesKey)
  if (!cipher) throw new Error('bad test key')
  const encrypt = await cipher.encrypt(xml, o.appId ?? SECRETS.wechatAppId)
  const timestamp = nowSec()
  const n = nonce()
  const signature = await wechatSignature([token, timestamp, n])
  const msgSignature = await wechatSignature([token, timestamp, n, encrypt])
  return {
    method: 'POST',
    path: `/channels/wechat/webhook?signature=${signature}&timestamp=${timestamp}&nonce=${n}&openid=oUser1&encrypt_type=aes&msg_signature=${msgSignature}`,
    headers: { 'content-type': 'text/xml' },
    body: `<xml><ToUserName><![CDATA[gh_test_account]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
  }
}

export async function wechatEcho(echostr: string, token = SECRETS.wechatToken): Promise<RequestSpec> {
  const timestamp = nowSec()
  const n = nonce()
  const signature = await wechatSignature([token, timestamp, n])
  return {
    method: 'GET',
    path: `/channels/wechat/webhook?signature=${signature}&timestamp=${timestamp}&nonce=${n}&echostr=${echostr}`,
    headers: {},
    body: '',
  }
}

export function weiboText(o: { sender?: string; createdAt?: string; text: string }): string {
  const p = fixtureJson('weibo/text.json')
  return JSON.stringify({
    ...p,
    sender_id: Number(o.sender ?? p.sender_id),
    created_at: o.createdAt ?? p.created_at,
    text: o.text,
  })
}

export async function weiboPost(body: string, secret = SECRETS.weiboSecret): Promise<RequestSpec> {
  const timestamp = String(Date.now())
  const n = nonce()
  const signature = await weiboSignature(secret, timestamp, n)
  return {
    method: 'POST',
    path: `/channels/weibo/webhook?signature=${signature}&timestamp=${timestamp}&nonce=${n}`,
    headers: { 'content-type': 'application/json' },
    body,
  }
}

export function telegramText(o: { updateId: number; chatId?: number; text: string }): string {
  const u = fixtureJson('telegram/text.json')
  const chatId = o.chatId ?? u.message.chat.id
  return JSON.stringify({
    ...u,
    update_id: o.updateId,
    message: {
      ...u.message,
      text: o.text,
      chat: { ...u.message.chat, id: chatId },
      from: { ...u.message.from, id: chatId },
    },
  })
}

export function telegramPost(body: string, secret = SECRETS.telegramSecret): RequestSpec {
  return {
    method: 'POST',
    path: '/channels/telegram/webhook',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body,
  }
}

export function wechatyText(o: { id: string; talker?: string; text: string }): string {
  const p = fixtureJson('wechaty/text.json')
  return JSON.stringify({ ...p, id: o.id, talker: { ...p.talker, id: o.talker ?? p.talker.id }, text: o.text })
}

export async function signedPost(path: string, body: string, secret: string, nowMs = Date.now()): Promise<RequestSpec> {
  return { method: 'POST', path, headers: await signedHeaders(secret, body, undefined, nowMs), body }
}

export function webhookText(o: { messageId: string; userId?: string; text: string }): string {
  const p = fixtureJson('webhook/text.json')
  return JSON.stringify({ ...p, messageId: o.messageId, userId: o.userId ?? p.userId, text: o.text })
}
