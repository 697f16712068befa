/**
 * Typed errors. Every failure that reaches HTTP is one of these (or becomes `internal`),
 * and `onError` turns it into `{error:{code,message,requestId}}` with the right status.
 */
export type ErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unsupported_media_type'
  | 'not_ready'
  | 'storage_locked'
  | 'upstream_failed'
  | 'internal'

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 502 | 503,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = new.target.name
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super('invalid_request', 400, message, details)
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = 'Missing or invalid credentials.') {
    super('unauthorized', 401, message)
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed.') {
    super('forbidden', 403, message)
  }
}
export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super('not_found', 404, message)
  }
}
export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super('conflict', 409, message, details)
  }
}
export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('payload_too_large', 413, `Request body exceeds ${limitBytes} bytes.`)
  }
}
/** Too many requests from one client; `retryAfterSeconds` goes out as Retry-After. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 429, `Too many messages; try again in ${retryAfterSeconds} s.`)
  }
}
export class NotReadyError extends AppError {
  constructor(message = 'The gateway is starting.') {
    super('not_ready', 503, message)
  }
}
/** A second process tried to open a PGlite directory that another process holds. */
export class StorageLockedError extends AppError {
  constructor(dir: string, holderPid: number | null) {
    super(
      'storage_locked',
      503,
      `Data directory ${dir} is in use by another process${holderPid ? ` (pid ${holderPid})` : ''}. ` +
        'Embedded PGlite allows one process per directory; set DATABASE_URL to run several instances.',
    )
  }
}
