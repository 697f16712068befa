/**
 * WeChat safe mode against Tencent's own published sample values (test/fixtures/wechat/tencent-*):
 * the msg_signature, the decryption of the sample message and the deterministic ciphertext of the
 * sample test. Web Crypto only; node:crypto appears here only as an independent cross-check.
 */
import { createCipheriv } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createWechatAdapter } from '../../channels/wechat/wechatAdapter.js'
import { createWechatCipher } from '../../channels/wechat/wechatCipher.js'
import { wechatSignature } from '../../channels/wechat/wechatSignature.js'
import { extractEncrypt, parseWechatXml } from '../../channels/wechat/wechatXml.js'
import { fixtureJson } from './helpers/channelRequests.js'
import { toChannelRequest } from './contractSuite.js'

const dec = fixtureJson('wechat/tencent-sample-decrypt.json')
const encv = fixtureJson('wechat/tencent-sample-encrypt.json')

describe('WeChat safe mode: Tencent sample values', () => {
  it('computes the documented msg_signature over token, timestamp, nonce and Encrypt', async () => {
    const encrypt = extractEncrypt(dec.body)
    expect(encrypt).toBeTruthy()
    expect(await wechatSignature([dec.token, dec.timestamp, dec.nonce, encrypt as string])).toBe(dec.msgSignature)
  })

  it('decrypts the sample message and finds its appId', async () => {
    const cipher = await createWechatCipher(dec.encodingAESKey)
    const plain = await cipher?.decrypt(extractEncrypt(dec.body) as string)
    expect(plain?.appId).toBe(dec.appId)
    const f = parseWechatXml(plain?.xml ?? '')
    expect(f?.Content).toBe(dec.expectedContent)
    expect(f?.FromUserName).toBe(dec.expectedFromUserName)
    expect(f?.MsgId).toBe(dec.expectedMsgId)
  })

  it('encrypts the sample reply to exactly the documented ciphertext', async () => {
    const cipher = await createWechatCipher(encv.encodingAESKey)
    const random = new TextEncoder().encode(encv.randomStr)
    expect(await cipher?.encrypt(encv.replyMsg, encv.appId, random)).toBe(encv.afterAesEncrypt)
    const back = await cipher?.decrypt(encv.afterAesEncrypt)
    expect(back).toEqual({ xml: encv.replyMsg, appId: encv.appId })
  })

  it('handles every padding length (WeChat pads to 32 bytes, Web Crypto to 16), cross-checked with OpenSSL', async () => {
    const cipher = await createWechatCipher(encv.encodingAESKey)
    const key = Buffer.from(`${encv.encodingAESKey}=`, 'base64')
    for (let n = 0; n < 70; n++) {
      const msg = '验'.repeat(n % 5) + 'x'.repeat(n)
      const random = new Uint8Array(16).fill(n)
      const ours = await cipher?.encrypt(msg, 'wxappid', random)
      const body = Buffer.concat([Buffer.from(random), Buffer.alloc(4), Buffer.from(msg), Buffer.from('wxappid')])
      body.writeUInt32BE(Buffer.byteLength(msg), 16)
      const pad = 32 - (body.length % 32)
      const c = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
      const openssl = Buffer.concat([c.update(Buffer.concat([body, Buffer.alloc(pad, pad)])), c.final()]).toString(
        'base64',
      )
      expect(ours).toBe(openssl)
      expect((await cipher?.decrypt(openssl))?.xml).toBe(msg)
    }
  })

  it('refuses a key that is not 43 characters and ciphertext that is not AES blocks', async () => {
    expect(await createWechatCipher('short')).toBeNull()
    const cipher = await createWechatCipher(encv.encodingAESKey)
    expect(await cipher?.decrypt('not base64 !!')).toBeNull()
    expect(await cipher?.decrypt('AAAA')).toBeNull()
  })

  it('an adapter configured with the sample account verifies and parses the sample request', async () => {
    const adapter = createWechatAdapter({
      token: dec.token,
      appId: dec.appId,
      encodingAesKey: dec.encodingAESKey,
      apiBase: 'http://127.0.0.1:1',
      passiveReplyMs: 0,
    })
    const q = `timestamp=${dec.timestamp}&nonce=${dec.nonce}&encrypt_type=aes&msg_signature=${dec.msgSignature}`
    const req = toChannelRequest({ method: 'POST', path: `/channels/wechat/webhook?${q}`, headers: {}, body: dec.body })
    expect(await adapter.verify(req)).toEqual({ ok: true })
    const parsed = await adapter.parse(req)
    expect(parsed.kind === 'messages' && parsed.messages[0]).toMatchObject({
      channel: 'wechat',
      account: 'gh_10f6c3c3ac5a',
      externalUserId: dec.expectedFromUserName,
      externalId: dec.expectedMsgId,
      kind: 'text',
      text: dec.expectedContent,
    })
    const tampered = toChannelRequest({
      method: 'POST',
      path: `/channels/wechat/webhook?${q}`,
      headers: {},
      body: dec.body.replace('hyzAe4', 'hyzAe5'),
    })
    expect((await adapter.verify(tampered)).ok).toBe(false)
    const otherApp = createWechatAdapter({
      token: dec.token,
      appId: 'wx-someone-else',
      encodingAesKey: dec.encodingAESKey,
      apiBase: 'http://127.0.0.1:1',
      passiveReplyMs: 0,
    })
    expect((await otherApp.parse(req)).kind).toBe('invalid')
  })
})
