/** Shared bits of the lifecycle routes: department auth, result → HTTP error, schemas. */
import { z } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { ConflictError, NotFoundError, UnauthorizedError, ValidationError } from '../../errors.js'
import { departmentForToken } from '../../lifecycle/departmentTokens.js'
import type { ActionResult } from '../../lifecycle/ticketTx.js'
import type { Db } from '../../storage/db.js'
import type { TicketRow } from '../../tickets/fileTicket.js'
import { bearerToken } from '../adminAuth.js'
import { ErrorSchema } from '../schemas.js'

export interface DepartmentIdentity {
  departmentId: string
  tokenId: string
  actor: string
}

/** `Authorization: Bearer <department token>`: only that department's tickets are reachable. */
export function departmentAuth(db: Db): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'))
    const found = token ? await departmentForToken(db, token) : null
    if (!found) throw new UnauthorizedError('A department token is required (issued by an admin).')
    const who: DepartmentIdentity = { ...found, actor: `department:${found.departmentId}:token:${found.tokenId}` }
    c.set('department' as never, who as never)
    await next()
  }
}

export function departmentOf(c: Context): DepartmentIdentity {
  return c.get('department' as never) as DepartmentIdentity
}

export function unwrap(r: ActionResult): TicketRow {
  switch (r.kind) {
    case 'ok':
      return r.ticket
    case 'not_found':
      throw new NotFoundError('No such ticket.')
    case 'conflict':
      throw new ConflictError(r.reason)
    case 'invalid':
      throw new ValidationError(r.reason)
  }
}

export const TicketViewSchema = z.record(z.string(), z.unknown()).openapi('TicketView')
export const TicketEnvelope = z.object({ ticket: TicketViewSchema }).openapi('TicketEnvelope')
export const IdParam = z.object({ id: z.string().min(1).max(100).openapi({ description: 'Ticket id or number' }) })

const err = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } })
export const lifecycleErrors = {
  400: err('Invalid request'),
  401: err('Missing or invalid credentials'),
  403: err('Forbidden'),
  404: err('No such ticket (or not yours)'),
  409: err('Illegal transition for the ticket status'),
} as const

export const jsonBody = <T extends z.ZodType>(schema: T, required = true) => ({
  body: { required, content: { 'application/json': { schema } } },
})
