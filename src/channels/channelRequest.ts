import type { Context } from 'hono'
import type { ChannelRequest } from '../contract/ChannelAdapter.js'

/** The request as adapters see it: the body read once, as text, since signatures cover its exact bytes. */
export async function channelRequest(c: Context): Promise<ChannelRequest> {
  const method = c.req.method
  return {
    method,
    url: new URL(c.req.url),
    headers: c.req.raw.headers,
    body: method === 'GET' || method === 'HEAD' ? '' : await c.req.text(),
    params: c.req.param() as Record<string, string>,
  }
}
