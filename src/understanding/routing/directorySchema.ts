/** zod schemas for the editable directory files in `knowledge/departments/`, checked once at load. */
import { z } from 'zod'

const kind = z.enum(['street', 'district', 'bureau', 'center', 'enterprise'])
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are ascii slugs')

export const departmentSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind,
  parentId: slug.optional(),
  district: z.string().min(1).optional(),
  code: z.string().regex(/^\d+$/).optional(),
  categories: z.array(z.string().min(1)).optional(),
  keywords: z.array(z.string().min(1)).optional(),
  placeBound: z.boolean().optional(),
})

const scopeRules = z.strictObject({ categories: z.array(z.string().min(1)), keywords: z.array(z.string().min(1)) })
export const scopeSchema = z.object({ placeBound: scopeRules, citywide: scopeRules })

export const directorySchema = z.object({
  city: z.string().min(1),
  code: z.string().optional(),
  scope: scopeSchema,
  departments: z.array(departmentSchema).min(1),
})

const desk = z.object({ key: slug, name: z.string().min(1), genericName: z.string().min(1) })

/** `knowledge/departments/bureaus.json`: the hand-written bureaus and desks, shared by every city. */
export const bureauTemplatesSchema = z.object({
  center: desk,
  enterprise: desk.extend({ keywords: z.array(z.string()).default([]) }),
  bureaus: z
    .array(
      desk.extend({
        categories: z.array(z.string().min(1)),
        keywords: z.array(z.string().min(1)),
        placeBound: z.boolean().optional(),
      }),
    )
    .min(1),
})

export type BureauTemplates = z.output<typeof bureauTemplatesSchema>
