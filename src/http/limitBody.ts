/**
 * Caps request bodies: knowledge imports may be large files, everything else is held to
 * MAX_BODY_BYTES.
 *
 * A body that declares its length is judged by the header alone. Hono's `bodyLimit` starts by
 * reading `c.req.raw.body`, which on @hono/node-server turns the lazy request into a full web
 * `Request` with a stream, an AbortSignal and their garbage, on every request, before the route
 * reads the body by its fast path. Node's HTTP parser never delivers more bytes than
 * Content-Length says, so the header is enough. Chunked bodies still go through `bodyLimit`,
 * which counts them as they arrive.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { PayloadTooLargeError } from '../errors.js'

export function limitBody(limitFor: (path: string) => number): MiddlewareHandler {
  const streamed = new Map<number, MiddlewareHandler>()
  const streamedLimit = (limit: number) => {
    let m = streamed.get(limit)
    if (!m) {
      m = bodyLimit({
        maxSize: limit,
        onError: () => {
          throw new PayloadTooLargeError(limit)
        },
      })
      streamed.set(limit, m)
    }
    return m
  }
  return async (c, next) => {
    const method = c.req.method
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next()
    const limit = limitFor(c.req.path)
    const declared = c.req.header('content-length')
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > limit) throw new PayloadTooLargeError(limit)
      return next()
    }
    return streamedLimit(limit)(c, next)
  }
}
