import { describe, expect, it } from 'vitest'
import { checkCreditCode } from '../../src/enterprise/creditCode.js'

describe('统一社会信用代码 check digit (GB 32100-2015)', () => {
  it('accepts the standard’s own example and real registered codes', () => {
    // 91350100M000100Y43 is the worked example in GB 32100-2015.
    for (const code of ['91350100M000100Y43', '91110108551385082Q', '91440300708461136T']) {
      expect(checkCreditCode(code)).toEqual({ ok: true, code })
    }
  })

  it('accepts lower case and surrounding spaces, normalising them', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, code: '91350100M000100Y43' })
  })

  it('rejects a changed check character, a wrong length and forbidden letters', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'check_digit' })
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ ok: false, reason: 'length' })
    // I, O, Z, S, V are not in the character set.
    expect(checkCreditCode('91350100I000100Y43')).toEqual({ ok: false, reason: 'charset' })
  })

  it('detects any single-character typo in the body', () => {
    const good = '91110108551385082Q'
    for (let i = 0; i < 17; i++) {
      const c = good[i] === '5' ? '6' : '5'
      const typo = good.slice(0, i) + c + good.slice(i + 1)
      expect(checkCreditCode(typo).ok, typo).toBe(false)
    }
  })
})
