/** Request and response schemas of the editors' API (`/api/v1/editor/...`, `/api/v1/admin/editors`). */
import { z } from '@hono/zod-openapi'
import { editableSchema } from '../../knowledge/editableEntry.js'
import { entryInputSchema } from '../../knowledge/entrySchema.js'

const STATES = ['draft', 'review', 'published', 'archived'] as const
const AUDIENCES = ['citizen', 'enterprise', 'all'] as const

export const EntryContentSchema = z.object({
  title: z.string(),
  questions: z.array(z.string()),
  body: z.string(),
  category: z.string().nullable(),
  source: z.string().nullable(),
  audience: z.enum(AUDIENCES),
  region: z.string().nullable(),
  state: z.enum(STATES),
  effectiveFrom: z.string().nullable(),
  expiresAt: z.string().nullable(),
})

export const EntryViewSchema = EntryContentSchema.extend({
  id: z.string(),
  version: z.number(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  createdAt: z.string(),
  pending: z
    .object({ content: EntryContentSchema, author: z.string(), updatedAt: z.string(), baseVersion: z.number() })
    .nullable()
    .openapi({ description: 'An unpublished revision of a published entry, waiting for review.' }),
}).openapi('EditorEntry')

export const EntrySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    state: z.enum(STATES),
    pendingState: z.enum(['draft', 'review']).nullable(),
    category: z.string().nullable(),
    audience: z.enum(AUDIENCES),
    region: z.string().nullable(),
    effectiveFrom: z.string().nullable(),
    expiresAt: z.string().nullable(),
    version: z.number(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .openapi('EditorEntrySummary')

export const VersionSchema = z
  .object({
    version: z.number(),
    state: z.string(),
    author: z.string(),
    authorName: z.string(),
    note: z.string().nullable(),
    diff: z.string().nullable().openapi({ description: 'Line diff against the previous version, field by field.' }),
    createdAt: z.string(),
  })
  .openapi('EntryVersion')

const note = z.string().trim().max(500).optional().openapi({ description: 'A short note kept with the version.' })

export const CreateEntryBody = entryInputSchema
  .omit({ state: true })
  .extend({ submit: z.boolean().default(false), note })
  .openapi('CreateEntryRequest')

export const SaveEntryBody = editableSchema
  .extend({
    baseVersion: z
      .number()
      .int()
      .positive()
      .optional()
      .openapi({ description: 'Refuse (409) if the entry changed since.' }),
    submit: z.boolean().default(false),
    note,
  })
  .openapi('SaveEntryRequest')

export const NoteBody = z.object({ note }).openapi('WorkflowNote')

export const RestoreBody = z
  .object({ version: z.number().int().positive(), publish: z.boolean().default(false), note })
  .openapi('RestoreRequest')

export const OutcomeSchema = z
  .object({ id: z.string(), version: z.number(), changed: z.boolean(), entry: EntryViewSchema })
  .openapi('WorkflowOutcome')

export const ListQuery = z.object({
  q: z.string().max(200).optional(),
  state: z.enum([...STATES, 'pending']).optional(),
  audience: z.enum(AUDIENCES).optional(),
  category: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const IdParam = z.object({ id: z.string().min(1).max(200) })

export const TryBody = z
  .object({
    question: z.string().trim().min(1).max(2000).openapi({ example: '老楼加装电梯怎么申请' }),
    audience: z.enum(['citizen', 'enterprise']).default('citizen'),
  })
  .openapi('TryQuestionRequest')

export const TryResponse = z
  .object({
    question: z.string(),
    audience: z.enum(['citizen', 'enterprise']),
    results: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        score: z.number(),
        snippet: z.string(),
        answer: z.string(),
        matchedQuestion: z.string().nullable(),
        features: z.record(z.string(), z.number()),
      }),
    ),
    answerable: z.boolean(),
    confidence: z.number(),
    reply: z.union([
      z.object({
        kind: z.literal('answer'),
        text: z.string(),
        citations: z.array(z.string()),
        mode: z.enum(['entry', 'grounded']),
        fallback: z.string().optional(),
      }),
      z.object({ kind: z.literal('no_answer'), reason: z.enum(['not_answerable', 'model_declined']) }),
    ]),
  })
  .openapi('TryQuestionResponse')

export const GapReportSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    total: z.number(),
    grouped: z.number(),
    topics: z.array(
      z.object({
        label: z.string(),
        keywords: z.array(z.string()),
        count: z.number(),
        examples: z.array(z.string()),
        channels: z.record(z.string(), z.number()),
        nearestEntryId: z.string().nullable(),
        firstAt: z.string(),
        lastAt: z.string(),
      }),
    ),
  })
  .openapi('GapReport')

export const EditorAccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['editor', 'reviewer', 'admin']),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('EditorAccount')
