import { describe, expect, it } from 'vitest'
import { cdata, extractEncrypt, parseWechatXml, textReplyXml } from './wechatXml.js'

describe('WeChat XML', () => {
  it('reads CDATA and plain fields, decoding the predefined entities', () => {
    const f = parseWechatXml('<?xml version="1.0"?><xml><A><![CDATA[a < b]]></A><B>1 &lt; 2 &amp; 3</B></xml>')
    expect(f).toEqual({ A: 'a < b', B: '1 < 2 & 3' })
  })

  it('refuses DTDs and entities instead of expanding them', () => {
    expect(parseWechatXml('<xml><!DOCTYPE x [<!ENTITY e "boom">]><A>&e;</A></xml>')).toBeNull()
    expect(parseWechatXml('<html></html>')).toBeNull()
    expect(parseWechatXml('<xml></xml>')).toBeNull()
  })

  it('survives a reply that contains the CDATA terminator', () => {
    const xml = textReplyXml('oUser', 'gh_acc', '看这里 ]]> 还有', 1)
    expect(parseWechatXml(xml)?.Content).toBe('看这里 ]]> 还有')
    expect(cdata(']]>')).toBe('<![CDATA[]]]]><![CDATA[>]]>')
  })

  it('finds the Encrypt element with or without CDATA', () => {
    expect(extractEncrypt('<xml><Encrypt><![CDATA[abc=]]></Encrypt></xml>')).toBe('abc=')
    expect(extractEncrypt('<xml><Encrypt>abc=</Encrypt></xml>')).toBe('abc=')
    expect(extractEncrypt('<xml></xml>')).toBeNull()
  })
})
