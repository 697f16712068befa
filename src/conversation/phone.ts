/**
 * Chinese mainland mobile numbers: 11 digits, 1 then 3–9. Landlines are accepted with an area code.
 * https://www.miit.gov.cn (number plan: 13x–19x mobile segments)
 */
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?(1[3-9]\d{9})(?!\d)/
const LANDLINE = /(?<!\d)(0\d{2,3}-?\d{7,8})(?!\d)/
const LOOKS_LIKE_PHONE = /(?<!\d)(1\d{10})(?!\d)|(?:电话|手机|联系方式)[：:\s]*(\d{5,})/

export type PhoneFinding = { kind: 'valid'; phone: string } | { kind: 'invalid'; text: string } | { kind: 'none' }

export function findPhone(text: string): PhoneFinding {
  const m = MOBILE.exec(text)
  if (m?.[1]) return { kind: 'valid', phone: m[1] }
  const l = LANDLINE.exec(text)
  if (l?.[1]) return { kind: 'valid', phone: l[1] }
  const bad = LOOKS_LIKE_PHONE.exec(text)
  return bad ? { kind: 'invalid', text: bad[1] ?? bad[2] ?? bad[0] } : { kind: 'none' }
}

export function isValidMobile(s: string): boolean {
  return /^1[3-9]\d{9}$/.test(s)
}
