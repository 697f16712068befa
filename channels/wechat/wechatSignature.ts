import { sha1Hex } from '../../src/contract/crypto.js'

/**
 * WeChat's signature: SHA-1 over the parts sorted lexicographically and concatenated. Plain mode
 * signs (token, timestamp, nonce); safe mode's `msg_signature` adds the `Encrypt` text.
 * https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html
 */
export function wechatSignature(parts: string[]): Promise<string> {
  return sha1Hex([...parts].sort().join(''))
}
