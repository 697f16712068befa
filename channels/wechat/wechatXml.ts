/**
 * The flat XML WeChat speaks (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html):
 * one `<xml>` root whose children are text or CDATA. No DTDs, no entities beyond the five
 * predefined ones: anything else is refused rather than expanded (no XXE by construction).
 */
export type XmlFields = Record<string, string>

/** An element whose content is text and CDATA sections (a `]]>` inside text splits it into two sections). */
const FIELD = /<([A-Za-z_][\w.-]*)>((?:<!\[CDATA\[[\s\S]*?\]\]>|[^<])*)<\/\1>/g
const SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Leaf elements by name (nested containers such as ScanCodeInfo contribute their leaves), or null if not WeChat XML. */
export function parseWechatXml(xml: string): XmlFields | null {
  const body = xml.trim().replace(/^<\?xml[^>]*\?>\s*/, '')
  if (!body.startsWith('<xml>') || !body.endsWith('</xml>')) return null
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) return null
  const fields: XmlFields = {}
  for (const m of body.slice(5, -6).matchAll(FIELD)) {
    const name = m[1] as string
    if (name === 'xml' || name in fields) continue
    fields[name] = content(m[2] ?? '')
  }
  return Object.keys(fields).length ? fields : null
}

/** The `<Encrypt>` element of a safe-mode body: the only thing read before the signature is checked. */
export function extractEncrypt(xml: string): string | null {
  const m = /<Encrypt>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))\s*<\/Encrypt>/.exec(xml)
  const v = (m?.[1] ?? m?.[2] ?? '').trim()
  return v || null
}

function content(raw: string): string {
  const hasCdata = raw.includes('<![CDATA[')
  let out = ''
  for (const m of raw.matchAll(SECTION)) {
    if (m[1] !== undefined) out += m[1]
    // Whitespace around CDATA sections is formatting, not content.
    else if (!hasCdata || (m[2] ?? '').trim()) out += decodeEntities(m[2] ?? '')
  }
  return hasCdata ? out : out.trim()
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '')
}

export function cdata(s: string): string {
  return `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

/** A passive text reply (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html). */
export function textReplyXml(toUser: string, fromAccount: string, text: string, createTime: number): string {
  return (
    `<xml><ToUserName>${cdata(toUser)}</ToUserName><FromUserName>${cdata(fromAccount)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(text)}</Content></xml>`
  )
}

/** The safe-mode envelope around an encrypted reply. */
export function encryptedReplyXml(encrypt: string, msgSignature: string, timestamp: string, nonce: string): string {
  return (
    `<xml><Encrypt>${cdata(encrypt)}</Encrypt><MsgSignature>${cdata(msgSignature)}</MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`
  )
}
