/** The editable shape of a knowledge entry, as imported (NDJSON, markdown) and as stored. */
import { z } from 'zod'

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, 'expected an ISO date like 2026-01-31')
  .nullable()
  .optional()

export const entryInputSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[\w.:-]+$/, 'id may contain letters, digits, "_", "-", ".", ":"'),
  title: z.string().trim().min(1).max(500),
  questions: z.array(z.string().trim().min(1).max(1000)).max(200).default([]),
  body: z.string().trim().min(1).max(100_000),
  category: z.string().trim().max(100).nullable().optional(),
  source: z.string().trim().max(1000).nullable().optional(),
  audience: z.enum(['citizen', 'enterprise', 'all']).default('all'),
  region: z.string().trim().max(100).nullable().optional(),
  state: z.enum(['draft', 'review', 'published', 'archived']).default('published'),
  effectiveFrom: isoDate,
  expiresAt: isoDate,
})

export type EntryInput = z.input<typeof entryInputSchema>
export type Entry = z.output<typeof entryInputSchema>

/** The fields whose change makes a new version. */
export function contentOf(e: Entry) {
  return {
    title: e.title,
    questions: e.questions,
    body: e.body,
    category: e.category ?? null,
    source: e.source ?? null,
    audience: e.audience,
    region: e.region ?? null,
    state: e.state,
    effectiveFrom: e.effectiveFrom ?? null,
    expiresAt: e.expiresAt ?? null,
  }
}

export async function contentHash(e: Entry): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(contentOf(e)))
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
