import { OpenAPIHono } from '@hono/zod-openapi'
import { ValidationError } from '../errors.js'

export type AppEnv = { Variables: { requestId: string } }

/** Every router validates with zod and reports failures through the one error handler. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
        const first = issues[0]
        throw new ValidationError(first ? `${first.path || 'body'}: ${first.message}` : 'Invalid request.', issues)
      }
    },
  })
}

export type Router = ReturnType<typeof newRouter>
