/** The one error handler: `{error:{code,message,requestId}}`, the right status, never a stack trace. */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { AppError, RateLimitedError } from '../errors.js'
import type { Logger } from '../logger.js'

export function errorBody(c: Context, code: string, message: string, details?: unknown) {
  const requestId = (c.get('requestId' as never) as string | undefined) ?? null
  return { error: { code, message, requestId, ...(details === undefined ? {} : { details }) } }
}

export function makeOnError(log: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) {
      if (err.status >= 500) log.error('request failed', { code: err.code, message: err.message, path: c.req.path })
      if (err instanceof RateLimitedError) c.header('Retry-After', String(err.retryAfterSeconds))
      return c.json(errorBody(c, err.code, err.message, err.details), err.status)
    }
    if (err instanceof HTTPException) {
      const status = err.status
      const code =
        status === 413
          ? 'payload_too_large'
          : status === 401
            ? 'unauthorized'
            : status < 500
              ? 'invalid_request'
              : 'internal'
      return c.json(errorBody(c, code, err.message || 'Request rejected.'), status)
    }
    log.error('unhandled error', { path: c.req.path, error: String(err?.stack ?? err) })
    return c.json(errorBody(c, 'internal', 'Internal error.'), 500)
  }
}
