/**
 * The business-service channel (企业服务, 亲清在线) is called by enterprise portals, each with its own
 * API key (ENTERPRISE_API_KEYS=portal:key,…). The portal id becomes the message's account.
 */
import type { Config } from '../../config.js'
import { timingSafeEqual } from '../../contract/crypto.js'
import { checkCreditCode } from '../../enterprise/creditCode.js'
import { UnauthorizedError, ValidationError } from '../../errors.js'
import { bearerToken } from '../adminAuth.js'

export function authorizeEnterprise(
  authorization: string | undefined,
  body: { companyName?: string; creditCode?: string },
  config: Pick<Config, 'ENTERPRISE_API_KEYS'>,
): string {
  const key = bearerToken(authorization)
  let portal: string | null = null
  // Compare against every key so timing does not reveal which portal matched.
  for (const [id, secret] of Object.entries(config.ENTERPRISE_API_KEYS)) {
    if (key && timingSafeEqual(key, secret) && portal === null) portal = id
  }
  if (!portal) throw new UnauthorizedError('The business-service channel needs an enterprise portal API key.')
  if (!body.companyName?.trim()) throw new ValidationError('companyName is required on the business-service channel.')
  if (!body.creditCode)
    throw new ValidationError('creditCode (统一社会信用代码) is required on the business-service channel.')
  const check = checkCreditCode(body.creditCode)
  if (!check.ok) {
    const why = {
      length: 'must be 18 characters',
      charset: 'has characters outside GB 32100-2015',
      check_digit: 'check digit does not match',
    }
    throw new ValidationError(`creditCode ${why[check.reason]}.`)
  }
  return portal
}
