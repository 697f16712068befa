/**
 * The HTTP app. One Hono app serves Node and Workers alike; the entry points only differ in how
 * they build `Services`.
 */
import { requestId } from 'hono/request-id'
import { registerChannelRoutes } from '../channels/channelRoutes.js'
import { NotFoundError } from '../errors.js'
import { limitBody } from './limitBody.js'
import type { Services } from '../services.js'
import { newRouter } from './appTypes.js'
import { makeOnError } from './onError.js'
import { registerConsole } from '../console/registerConsole.js'
import { registerDesk } from '../desk/registerDesk.js'
import { registerWebChatRoutes } from './routes/webChatRoutes.js'
import { registerAdminEditorRoutes } from './routes/adminEditorRoutes.js'
import { registerAnalyzeRoutes } from './routes/analyzeRoutes.js'
import { registerEditorRoutes } from './routes/editorRoutes.js'
import { registerEditorToolRoutes } from './routes/editorToolRoutes.js'
import { registerHealthRoutes } from './routes/healthRoutes.js'
import { registerKnowledgeRoutes } from './routes/knowledgeRoutes.js'
import { registerMessageRoutes } from './routes/messageRoutes.js'
import { registerTicketRoutes } from './routes/ticketRoutes.js'
import { registerDashboardRoutes } from '../console/dashboard/dashboardRoutes.js'
import { registerOpen311Routes } from '../open311/open311Routes.js'
import { registerCenterRoutes } from './routes/centerRoutes.js'
import { registerDepartmentRoutes } from './routes/departmentRoutes.js'
import { registerMetricsRoutes } from './routes/metricsRoutes.js'

/** Knowledge imports may be large files; everything else is capped at MAX_BODY_BYTES (1 MB). */
const IMPORT_LIMIT = 256 * 1024 * 1024

export interface AppOptions {
  /** False while the Node entry is warming up: `/healthz` then answers 503. */
  isReady?: () => boolean
}

export function createApp(s: Services, opts: AppOptions = {}) {
  const app = newRouter()
  app.use('*', requestId())
  app.use(
    '*',
    limitBody((path) => (path === '/api/v1/knowledge/import' ? IMPORT_LIMIT : s.config.MAX_BODY_BYTES)),
  )
  app.onError(makeOnError(s.log))
  app.notFound((c) => {
    throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}.`)
  })

  registerHealthRoutes(app, opts.isReady)
  registerAnalyzeRoutes(app, s)
  registerMessageRoutes(app, s)
  registerWebChatRoutes(app, s)
  registerKnowledgeRoutes(app, s)
  registerEditorRoutes(app, s)
  registerEditorToolRoutes(app, s)
  registerAdminEditorRoutes(app, s)
  registerConsole(app, s)
  registerDesk(app, s)
  registerTicketRoutes(app, s)
  registerChannelRoutes(app, s)
  registerCenterRoutes(app, s)
  registerDepartmentRoutes(app, s)
  registerMetricsRoutes(app, s)
  registerOpen311Routes(app, s)
  registerDashboardRoutes(app, s)

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Citizen-service intake gateway',
      version: '1.0.0',
      description:
        'One conversation handler for every channel; grounded policy answers; structured, dispatched tickets.',
    },
  })
  return app
}

export type App = ReturnType<typeof createApp>
