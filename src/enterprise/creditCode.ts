/**
 * 统一社会信用代码 (Unified Social Credit Identifier), GB 32100-2015: 18 characters from
 * 0-9 and A-Z without I, O, Z, S, V; the last is a check character, mod 31 over weighted positions.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; reason: 'length' | 'charset' | 'check_digit' }

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase()
  if (code.length !== 18) return { ok: false, reason: 'length' }
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(code[i] as string)
    if (v < 0) return { ok: false, reason: 'charset' }
    sum += v * (WEIGHTS[i] as number)
  }
  const expected = CHARSET[(31 - (sum % 31)) % 31]
  if (CHARSET.indexOf(code[17] as string) < 0) return { ok: false, reason: 'charset' }
  return code[17] === expected ? { ok: true, code } : { ok: false, reason: 'check_digit' }
}
