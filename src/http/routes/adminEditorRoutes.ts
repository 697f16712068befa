/** Admins manage editor accounts. The token is in the creation response only; it cannot be shown again. */
import { createRoute, z } from '@hono/zod-openapi'
import { requireRole } from '../../console/consoleAuth.js'
import { createEditor, listEditors, revokeEditor } from '../../console/editorAccounts.js'
import { originGuard } from '../../console/originGuard.js'
import { NotFoundError } from '../../errors.js'
import type { Services } from '../../services.js'
import type { Router } from '../appTypes.js'
import { errorResponses } from '../schemas.js'
import { who } from './editorContext.js'
import { EditorAccountSchema } from './editorSchemas.js'

const tags = ['admin']
const security = [{ bearer: [] }]

const createRouteDef = createRoute({
  method: 'post',
  path: '/api/v1/admin/editors',
  tags,
  security,
  summary: 'Create an editor account (admin). The token is shown once.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({ name: z.string().trim().min(1).max(100), role: z.enum(['editor', 'reviewer', 'admin']) })
            .openapi('CreateEditorRequest'),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Created; keep the token, it is not stored',
      content: { 'application/json': { schema: EditorAccountSchema.extend({ token: z.string() }) } },
    },
    ...errorResponses,
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/admin/editors',
  tags,
  security,
  summary: 'List editor accounts (admin)',
  responses: {
    200: {
      description: 'Accounts',
      content: { 'application/json': { schema: z.object({ editors: z.array(EditorAccountSchema) }) } },
    },
    ...errorResponses,
  },
})

const revokeRoute = createRoute({
  method: 'delete',
  path: '/api/v1/admin/editors/{id}',
  tags,
  security,
  summary: 'Revoke an editor account (admin); its token and sessions stop working at once',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: {
    200: {
      description: 'Revoked',
      content: { 'application/json': { schema: z.object({ revoked: z.literal(true) }) } },
    },
    404: { description: 'No active account with that id', content: errorResponses[400].content },
    ...errorResponses,
  },
})

export function registerAdminEditorRoutes(app: Router, s: Services) {
  app.use('/api/v1/admin/editors', originGuard(), requireRole(s.consoleAuth, 'admin'))
  app.use('/api/v1/admin/editors/*', originGuard(), requireRole(s.consoleAuth, 'admin'))
  app.openapi(createRouteDef, async (c) => {
    const { name, role } = c.req.valid('json')
    return c.json(await createEditor(s.db, who(c), name, role), 201)
  })
  app.openapi(listRoute, async (c) => c.json({ editors: await listEditors(s.db) }, 200))
  app.openapi(revokeRoute, async (c) => {
    if (!(await revokeEditor(s.db, who(c), c.req.valid('param').id)))
      throw new NotFoundError('No active editor with that id.')
    return c.json({ revoked: true as const }, 200)
  })
}
