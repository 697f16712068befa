/** Request and response schemas of the public API; they also generate `/openapi.json`. */
import { z } from '@hono/zod-openapi'
import { INTENTS, URGENCIES } from '../understanding/types.js'

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string(),
      requestId: z.string().nullable(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error')

export const errorResponses = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'Missing or invalid credentials', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Forbidden', content: { 'application/json': { schema: ErrorSchema } } },
} as const

const nullableString = z.string().nullable()

export const LocationSchema = z
  .object({
    province: nullableString,
    city: nullableString,
    district: nullableString,
    street: nullableString,
    community: nullableString,
    address: nullableString,
    confidence: z.number(),
  })
  .openapi('Location')

export const CategorySchema = z
  .object({
    level1: nullableString,
    level2: nullableString,
    level3: nullableString,
    confidence: z.number(),
    alternatives: z
      .array(z.string())
      .optional()
      .openapi({ description: 'Other plausible level-1 classes, most likely first (analysis only).' }),
  })
  .openapi('Category')

export const DepartmentSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(['street', 'district', 'bureau', 'center', 'enterprise']) })
  .openapi('Department')

export const AnalyzeBody = z
  .object({
    text: z.string().min(1).max(20_000).openapi({ example: '朝阳区望京街道花家地西里小区门口的井盖丢了，很危险' }),
    city: z.string().max(50).optional().openapi({ example: '北京市' }),
  })
  .openapi('AnalyzeRequest')

export const AnalyzeResponse = z
  .object({
    intent: z.enum(INTENTS),
    intentConfidence: z.number(),
    intentReasons: z.array(z.string()),
    urgency: z.enum(URGENCIES),
    urgencyReasons: z.array(z.string()),
    emergencyHotline: z.enum(['110', '119', '120']).nullable(),
    category: CategorySchema,
    location: LocationSchema.extend({
      code: nullableString,
      span: z.object({ start: z.number(), end: z.number(), text: z.string() }).nullable(),
    }),
    department: DepartmentSchema,
    routingRule: z.string(),
  })
  .openapi('Analysis')

export const MessageBody = z
  .object({
    userId: z.string().min(1).max(200).openapi({ example: 'web-user-42' }),
    text: z.string().max(5000).optional(),
    location: z
      .object({
        lat: z.number().min(-90).max(90),
        lng: z.number().min(-180).max(180),
        label: z.string().max(500).optional(),
      })
      .optional(),
    channel: z.enum(['web', 'enterprise']).default('web'),
    messageId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Client message id; a repeat is answered once.' }),
    name: z.string().max(100).optional(),
    phone: z.string().max(30).optional(),
    companyName: z.string().max(200).optional().openapi({ description: 'Business-service channel: company name.' }),
    creditCode: z.string().max(18).optional().openapi({ description: 'Business-service channel: 统一社会信用代码.' }),
  })
  .refine((b) => (b.text && b.text.trim() !== '') || b.location, { message: 'text or location is required' })
  .openapi('MessageRequest')

export const TicketSummarySchema = z
  .object({
    id: z.string(),
    number: z.string().openapi({ example: 'BJ-20261122-000123' }),
    status: z.string(),
    category: z.object({ level1: nullableString, level2: nullableString, level3: nullableString }),
    location: LocationSchema.omit({ confidence: true }),
    department: DepartmentSchema.nullable(),
  })
  .openapi('TicketSummary')

export const MessageResponse = z
  .object({
    conversationId: z.string(),
    replies: z.array(
      z.object({
        text: z.string(),
        citations: z
          .array(z.string())
          .optional()
          .openapi({ description: 'Ids of the knowledge entries a policy answer is based on.' }),
      }),
    ),
    ticket: TicketSummarySchema.optional(),
  })
  .openapi('MessageResponse')

export const SearchBody = z
  .object({
    query: z.string().min(1).max(2000).openapi({ example: '老楼加装电梯怎么申请' }),
    limit: z.number().int().min(1).max(50).default(5),
    audience: z.enum(['citizen', 'enterprise']).optional(),
  })
  .openapi('SearchRequest')

export const SearchResponseSchema = z
  .object({
    results: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        score: z.number(),
        snippet: z.string(),
        answer: z.string().optional(),
      }),
    ),
    answerable: z.boolean(),
    confidence: z.number(),
  })
  .openapi('SearchResponse')
