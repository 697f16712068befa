import { ValidationError } from '../errors.js'

/**
 * Hono's validator treats a missing or wrong content type as an empty body; calling JSON APIs with
 * a form or plain text is a client mistake that deserves its own clear message.
 */
export function requireJson(contentType: string | undefined): void {
  if (!contentType || !/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new ValidationError('Send a JSON body with Content-Type: application/json.')
  }
}
