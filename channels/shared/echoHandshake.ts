import type { ChannelRequest } from '../../src/contract/ChannelAdapter.js'

/**
 * The URL check WeChat and Weibo make when a callback address is configured: a signed GET whose
 * `echostr` must come back as the plain-text body. The signature was checked by `verify` already.
 * https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html
 */
export async function echoHandshake(req: ChannelRequest): Promise<Response | null> {
  const echostr = req.url.searchParams.get('echostr')
  if (req.method !== 'GET' || echostr === null) return null
  return new Response(echostr, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
