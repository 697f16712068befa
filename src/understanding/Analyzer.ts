/** What the conversation handler and `/api/v1/analyze` need from understanding. */
import type { Analysis, CategoryResult, Intent, LocationResult, RoutingResult, Urgency } from './types.js'

export interface AnalyzeOptions {
  city?: string
  enterprise?: boolean
}

export interface Analyzer {
  analyze(text: string, opts?: AnalyzeOptions): Promise<Analysis>
  /** Location only, for a citizen's answer to "where is it?". */
  locate(text: string, opts?: { city?: string }): LocationResult
  /** Re-route once more is known (a location answer came in). */
  route(input: {
    category: CategoryResult
    location: LocationResult
    intent: Intent
    text: string
    enterprise?: boolean
    urgency?: Urgency
  }): RoutingResult
}
