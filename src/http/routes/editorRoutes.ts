/**
 * The editors' JSON API: list and search entries, create and edit drafts, submit, publish, archive,
 * history and restore. Editors log in with their token (`Authorization: Bearer …`) or a console session;
 * publishing and archiving need the reviewer role. Every change is versioned and audited.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { requireRole } from '../../console/consoleAuth.js'
import { originGuard } from '../../console/originGuard.js'
import { NotFoundError, ValidationError } from '../../errors.js'
import { getEntryView, getVersionSnapshot, listEntries, listVersionViews } from '../../knowledge/entryQueries.js'
import type { Services } from '../../services.js'
import type { Router } from '../appTypes.js'
import { errorResponses } from '../schemas.js'
import { okOrThrow, who, workflowFor } from './editorContext.js'
import {
  CreateEntryBody,
  EntrySummarySchema,
  EntryViewSchema,
  IdParam,
  ListQuery,
  NoteBody,
  OutcomeSchema,
  RestoreBody,
  SaveEntryBody,
  VersionSchema,
} from './editorSchemas.js'

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
})
const errors = {
  ...errorResponses,
  404: json(errorResponses[400].content['application/json'].schema, 'No such entry'),
  409: json(
    errorResponses[400].content['application/json'].schema,
    'Conflicts with the entry state or a concurrent edit',
  ),
}
const tags = ['editor']
const security = [{ bearer: [] }]

const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/v1/editor/entries',
    tags,
    security,
    summary: 'List and search entries (all states); `state=review` is the review queue',
    request: { query: ListQuery },
    responses: {
      200: json(z.object({ entries: z.array(EntrySummarySchema), total: z.number() }), 'Entries'),
      ...errors,
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/v1/editor/entries',
    tags,
    security,
    summary: 'Create an entry as a draft (or submit it for review at once)',
    request: body(CreateEntryBody),
    responses: { 201: json(OutcomeSchema, 'Created'), ...errors },
  }),
  get: createRoute({
    method: 'get',
    path: '/api/v1/editor/entries/{id}',
    tags,
    security,
    summary: 'One entry: live content and any pending revision',
    request: { params: IdParam },
    responses: { 200: json(EntryViewSchema, 'The entry'), ...errors },
  }),
  save: createRoute({
    method: 'put',
    path: '/api/v1/editor/entries/{id}',
    tags,
    security,
    summary: 'Save an edit. On a published entry it becomes a pending revision; the live answer stays until published.',
    request: { params: IdParam, ...body(SaveEntryBody) },
    responses: { 200: json(OutcomeSchema, 'Saved'), ...errors },
  }),
  versions: createRoute({
    method: 'get',
    path: '/api/v1/editor/entries/{id}/versions',
    tags,
    security,
    summary: 'Version history, newest first, with author, time and diff',
    request: { params: IdParam },
    responses: { 200: json(z.object({ versions: z.array(VersionSchema) }), 'Versions'), ...errors },
  }),
  version: createRoute({
    method: 'get',
    path: '/api/v1/editor/entries/{id}/versions/{version}',
    tags,
    security,
    summary: 'The full content of one version',
    request: { params: IdParam.extend({ version: z.coerce.number().int().positive() }) },
    responses: {
      200: json(z.object({ version: z.number(), snapshot: z.record(z.string(), z.unknown()) }), 'Snapshot'),
      ...errors,
    },
  }),
  restore: createRoute({
    method: 'post',
    path: '/api/v1/editor/entries/{id}/restore',
    tags,
    security,
    summary: 'Restore an earlier version as a new version (a draft; `publish: true` publishes it, reviewers only)',
    request: { params: IdParam, ...body(RestoreBody) },
    responses: { 200: json(OutcomeSchema, 'Restored'), ...errors },
  }),
}

const transitions = [
  ['submit', 'Submit the draft for review'],
  ['publish', 'Publish (reviewer): the entry or its pending revision goes live on every instance without a restart'],
  ['archive', 'Archive (reviewer): the entry stops answering'],
  ['discard', 'Discard the pending revision of a published entry'],
] as const

export function registerEditorRoutes(app: Router, s: Services) {
  app.use('/api/v1/editor/*', originGuard(), requireRole(s.consoleAuth, 'editor'))

  app.openapi(routes.list, async (c) => c.json(await listEntries(s.db, c.req.valid('query')), 200))

  app.openapi(routes.create, async (c) => {
    const { id, submit, note, ...content } = c.req.valid('json')
    const out = okOrThrow(await workflowFor(s).create(who(c), id, content, { submit, note }))
    return c.json({ ...out, entry: await view(s, id) }, 201)
  })

  app.openapi(routes.get, async (c) => c.json(await view(s, c.req.valid('param').id), 200))

  app.openapi(routes.save, async (c) => {
    const { id } = c.req.valid('param')
    const { baseVersion, submit, note, ...content } = c.req.valid('json')
    const out = okOrThrow(await workflowFor(s).save(who(c), id, content, { baseVersion, submit, note }))
    return c.json({ ...out, entry: await view(s, id) }, 200)
  })

  for (const [action, summary] of transitions) {
    const route = createRoute({
      method: 'post',
      path: `/api/v1/editor/entries/{id}/${action}`,
      tags,
      security,
      summary,
      request: { params: IdParam, body: { required: false, content: { 'application/json': { schema: NoteBody } } } },
      responses: { 200: json(OutcomeSchema, 'Done'), ...errors },
    })
    // The note is optional and clients often post no body at all, so the body is read leniently here
    // instead of through the validator (the route is still documented).
    app.post(route.getRoutingPath(), async (c) => {
      const id = c.req.param('id') as string
      const raw = (await c.req.json().catch(() => ({}))) as { note?: unknown } | null
      const parsed = NoteBody.safeParse(raw ?? {})
      if (!parsed.success) throw new ValidationError(`note: ${parsed.error.issues[0]?.message}`)
      const out = okOrThrow(await workflowFor(s)[action](who(c), id, { note: parsed.data.note }))
      return c.json({ ...out, entry: await view(s, id) }, 200)
    })
    app.openAPIRegistry.registerPath(route)
  }

  app.openapi(routes.versions, async (c) => {
    const { id } = c.req.valid('param')
    await view(s, id)
    return c.json({ versions: await listVersionViews(s.db, id) }, 200)
  })

  app.openapi(routes.version, async (c) => {
    const { id, version } = c.req.valid('param')
    const snapshot = await getVersionSnapshot(s.db, id, version)
    if (!snapshot) throw new NotFoundError(`条目 ${id} 没有版本 v${version}。`)
    return c.json({ version, snapshot }, 200)
  })

  app.openapi(routes.restore, async (c) => {
    const { id } = c.req.valid('param')
    const { version, publish, note } = c.req.valid('json')
    const out = okOrThrow(await workflowFor(s).restore(who(c), id, version, { publish, note }))
    return c.json({ ...out, entry: await view(s, id) }, 200)
  })
}

async function view(s: Services, id: string) {
  const e = await getEntryView(s.db, id)
  if (!e) throw new NotFoundError(`没有条目 ${id}。`)
  return e
}
