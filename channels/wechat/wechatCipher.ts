/**
 * WeChat safe mode (安全模式): AES-256-CBC with the key `base64(EncodingAESKey + "=")`, the IV its
 * first 16 bytes, and PKCS#7 padding to a 32-byte block. The plaintext is
 * `random(16) | length(4, big-endian) | message | appId`.
 * https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Message_encryption_and_decryption_instructions.html
 *
 * Web Crypto only, so it runs on Workers too. Web Crypto's AES-CBC insists on 16-byte PKCS#7
 * padding, so decryption appends one crafted block that decrypts to a full 16-byte pad, and
 * encryption drops the block Web Crypto adds; WeChat's own 32-byte padding is handled here.
 */
const enc = new TextEncoder()
const dec = new TextDecoder('utf-8', { fatal: true })

export interface WechatCipher {
  decrypt(base64: string): Promise<{ xml: string; appId: string } | null>
  encrypt(xml: string, appId: string, random?: Uint8Array): Promise<string>
}

export async function createWechatCipher(encodingAesKey: string): Promise<WechatCipher | null> {
  const raw = fromBase64(`${encodingAesKey}=`)
  if (encodingAesKey.length !== 43 || !raw || raw.length !== 32) return null
  const iv = raw.slice(0, 16)
  const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt'])

  return {
    async decrypt(base64) {
      const ct = fromBase64(base64)
      if (!ct || ct.length === 0 || ct.length % 16 !== 0) return null
      try {
        const last = ct.slice(ct.length - 16)
        const pad16 = new Uint8Array(16).fill(16)
        const extra = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv: last }, key, pad16)).slice(
          0,
          16,
        )
        const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, key, concat(ct, extra)))
        const pad = plain[plain.length - 1] ?? 0
        const body = plain.subarray(16, plain.length - (pad >= 1 && pad <= 32 ? pad : 0))
        if (body.length < 4) return null
        const len = new DataView(body.buffer, body.byteOffset, 4).getUint32(0)
        if (len > body.length - 4) return null
        return { xml: dec.decode(body.subarray(4, 4 + len)), appId: dec.decode(body.subarray(4 + len)) }
      } catch {
        return null
      }
    },
    async encrypt(xml, appId, random = crypto.getRandomValues(new Uint8Array(16))) {
      const msg = enc.encode(xml)
      const len = new Uint8Array(4)
      new DataView(len.buffer).setUint32(0, msg.length)
      const body = concat(random, len, msg, enc.encode(appId))
      const pad = 32 - (body.length % 32)
      const padded = concat(body, new Uint8Array(pad).fill(pad))
      const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, padded))
      return toBase64(ct.subarray(0, padded.length))
    },
  }
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> | null {
  try {
    const bin = atob(s.trim())
    const out = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
    return out
  } catch {
    return null
  }
}

function toBase64(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(bin)
}
