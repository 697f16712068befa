import { describe, expect, it } from 'vitest'
import { findPhone, isValidMobile } from '../../src/conversation/phone.js'
import { maskPii } from '../../src/logger.js'

describe('contact phone', () => {
  it('finds a mainland mobile number inside a sentence, with or without +86', () => {
    expect(findPhone('我的电话13812345678，麻烦回电')).toEqual({ kind: 'valid', phone: '13812345678' })
    expect(findPhone('联系 +86 19912345678')).toEqual({ kind: 'valid', phone: '19912345678' })
    expect(findPhone('座机010-65123456')).toEqual({ kind: 'valid', phone: '010-65123456' })
  })

  it('flags a number that looks like a mobile but cannot be one', () => {
    expect(findPhone('电话12812345678')).toEqual({ kind: 'invalid', text: '12812345678' })
    expect(findPhone('手机：13812')).toMatchObject({ kind: 'invalid' })
  })

  it('does not take a longer digit run (an ID or order number) for a phone', () => {
    expect(findPhone('订单号 1381234567890123')).toEqual({ kind: 'none' })
    expect(findPhone('楼下井盖丢了')).toEqual({ kind: 'none' })
  })

  it('validates mobiles strictly', () => {
    expect(isValidMobile('13812345678')).toBe(true)
    expect(isValidMobile('1381234567')).toBe(false)
    expect(isValidMobile('11812345678')).toBe(false)
  })

  it('masks phones and ID numbers in logs', () => {
    expect(maskPii('电话13812345678')).toBe('电话138****5678')
    expect(maskPii('身份证110105199001011234')).toBe('身份证110105********1234')
  })
})
