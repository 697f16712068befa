/**
 * Accountability metrics: the three rates, the monthly four-class ranking, hot topics. Admin only
 * (ADMIN_TOKEN): they name and rank units, which is the hotline center's business; departments see
 * their own tickets through the department API. Nothing here carries a citizen's phone or name.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { ValidationError } from '../../errors.js'
import { computeRates, GROUP_BYS } from '../../metrics/computeRates.js'
import { hotTopics } from '../../metrics/hotTopics.js'
import { monthlyRanking } from '../../metrics/monthlyRanking.js'
import { monthOf, parsePeriod } from '../../metrics/periods.js'
import { CLASS_LABEL, RANKING_RULES } from '../../metrics/ranking.js'
import type { Services } from '../../services.js'
import { adminAuth } from '../adminAuth.js'
import type { Router } from '../appTypes.js'
import { lifecycleErrors } from './lifecycleHttp.js'

const security = [{ bearer: [] }]
const Period = {
  from: z.string().max(40).optional().openapi({
    description: 'YYYY-MM-DD (local day) or ISO date-time; default 30 days before `to`',
    example: '2026-03-01',
  }),
  to: z.string().max(40).optional().openapi({
    description: 'YYYY-MM-DD (inclusive) or ISO date-time (exclusive); default now',
    example: '2026-03-31',
  }),
}
const Any = z.record(z.string(), z.unknown())

const ratesRoute = createRoute({
  method: 'get',
  path: '/api/v1/metrics/rates',
  summary:
    'Response, resolution and satisfaction rates per department, district, street (or day/month) for a period (admin)',
  security,
  request: { query: z.object({ ...Period, groupBy: z.enum(GROUP_BYS).default('department') }) },
  responses: {
    200: {
      description: 'Rates; rates are fractions, null when the denominator is 0',
      content: { 'application/json': { schema: Any.openapi('Rates') } },
    },
    ...lifecycleErrors,
  },
})

const rankingRoute = createRoute({
  method: 'get',
  path: '/api/v1/metrics/ranking',
  summary: 'Monthly four-class ranking of streets/townships: 先进, 进步, 整改, 治理 (admin)',
  security,
  request: {
    query: z.object({
      month: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
        .optional()
        .openapi({ example: '2026-03', description: 'Default: the current month' }),
      size: z.coerce.number().int().min(1).max(50).default(RANKING_RULES.size),
    }),
  },
  responses: {
    200: { description: 'The ranking', content: { 'application/json': { schema: Any.openapi('Ranking') } } },
    ...lifecycleErrors,
  },
})

const hotRoute = createRoute({
  method: 'get',
  path: '/api/v1/metrics/hot-topics',
  summary: 'Clusters of duplicate requests ranked by count and growth (每月一题) (admin)',
  security,
  request: {
    query: z.object({
      ...Period,
      limit: z.coerce.number().int().min(1).max(100).default(20),
      minCount: z.coerce.number().int().min(1).max(1000).default(2),
    }),
  },
  responses: {
    200: { description: 'Hot topics', content: { 'application/json': { schema: Any.openapi('HotTopics') } } },
    ...lifecycleErrors,
  },
})

export const RANKING_RULES_TEXT = [
  `Score = 100 × (${RANKING_RULES.weights.response} × response + ${RANKING_RULES.weights.resolution} × resolution + ${RANKING_RULES.weights.satisfaction} × satisfaction).`,
  `Eligible for 先进/进步/整改: ≥ ${RANKING_RULES.minDispatched} dispatches and ≥ ${RANKING_RULES.minAnswered} answered callbacks in the month.`,
  `先进: the k highest scores and 整改: the k lowest, k = min(size (default ${RANKING_RULES.size}), half the eligible streets). 进步: largest score gain over the previous month (eligible both months, gain > 0, not 先进). 治理: most requests filed in the month.`,
  'Ties: more requests first, then name.',
]

export function registerMetricsRoutes(app: Router, s: Services) {
  const tz = s.config.TIMEZONE
  const now = () => s.handler.now?.() ?? new Date()
  app.use('/api/v1/metrics/*', adminAuth(s.config.ADMIN_TOKEN))

  app.openapi(ratesRoute, async (c) => {
    const q = c.req.valid('query')
    const p = parsePeriod(q.from, q.to, tz, now())
    if ('error' in p) throw new ValidationError(p.error)
    const groups = await computeRates(
      s.db,
      { ...p, groupBy: q.groupBy, timeZone: tz, acceptHours: s.lifecycle.acceptHours },
      s.lookupDepartment,
    )
    const [total] = await computeRates(
      s.db,
      { ...p, groupBy: 'all', timeZone: tz, acceptHours: s.lifecycle.acceptHours },
      s.lookupDepartment,
    )
    return c.json(
      { from: p.from.toISOString(), to: p.to.toISOString(), groupBy: q.groupBy, groups, total: total ?? null },
      200,
    )
  })

  app.openapi(rankingRoute, async (c) => {
    const q = c.req.valid('query')
    const month = q.month ?? monthOf(now(), tz)
    const r = await monthlyRanking(
      s.db,
      { month, timeZone: tz, acceptHours: s.lifecycle.acceptHours, size: q.size },
      s.lookupDepartment,
    )
    return c.json({ ...r, labels: CLASS_LABEL, rules: RANKING_RULES_TEXT }, 200)
  })

  app.openapi(hotRoute, async (c) => {
    const q = c.req.valid('query')
    const p = parsePeriod(q.from, q.to, tz, now())
    if ('error' in p) throw new ValidationError(p.error)
    const topics = await hotTopics(s.db, { ...p, limit: q.limit, minCount: q.minCount }, s.lookupDepartment)
    return c.json({ from: p.from.toISOString(), to: p.to.toISOString(), topics }, 200)
  })
}
