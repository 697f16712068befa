/**
 * Composes understanding: request type, urgency, category, location and the responsible
 * department. All offline and fast; an optional LLM is consulted only for low-confidence results.
 */
import { createLlmClient } from '../llm/llmClient.js'
import type { Logger } from '../logger.js'
import type { DirectoryDepartment } from '../tickets/seedDepartments.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'
import type { AnalyzeOptions, Analyzer } from './Analyzer.js'
import { classifyCategory, loadCategoryModel } from './category/classifyCategory.js'
import { detectIntent } from './intent/detectIntent.js'
import { resolveLocation, warmLocation } from './location/resolveLocation.js'
import { llmAssist } from './llmAssist.js'
import { directoryFor } from './routing/directoryFor.js'
import { routeDepartment } from './routing/routeDepartment.js'
import type { Analysis } from './types.js'
import { detectUrgency } from './urgency/detectUrgency.js'

export interface AnalyzerSettings {
  city: string
  llm: { baseURL: string; apiKey: string; model: string; timeoutMs: number } | null
  log: Logger
}

export interface DirectoryView {
  departments: DirectoryDepartment[]
  lookup: DepartmentLookup
}

export function createAnalyzer(settings: AnalyzerSettings): { analyzer: Analyzer; directory: DirectoryView } {
  const home = directoryFor(settings.city)
  const llm = settings.llm ? createLlmClient(settings.llm, settings.log) : null
  // Build the configured city's place index now, not on the first request.
  warmLocation(settings.city)
  loadCategoryModel()
  const analyzer: Analyzer = {
    async analyze(text: string, opts: AnalyzeOptions = {}): Promise<Analysis> {
      const city = opts.city ?? settings.city
      let intent = detectIntent(text)
      const urgency = detectUrgency(text)
      let category = classifyCategory(text)
      let location = resolveLocation(text, { city })
      if (llm && urgency.urgency !== 'emergency') {
        const offline = { intent: intent.intent, intentConfidence: intent.confidence, category, location }
        const help = await llmAssist(llm, { text, city, offline, locate: (t) => resolveLocation(t, { city }) })
        if (help.intent)
          intent = {
            intent: help.intent.intent,
            confidence: help.intent.confidence,
            reasons: [...intent.reasons, 'llm'],
          }
        if (help.category) category = help.category
        if (help.location) location = help.location
      }
      const routing = routeDepartment(
        { category, location, intent: intent.intent, text, enterprise: opts.enterprise },
        directoryFor(city).directory,
      )
      return {
        intent: intent.intent,
        intentConfidence: intent.confidence,
        intentReasons: intent.reasons,
        urgency: urgency.urgency,
        urgencyReasons: urgency.reasons,
        emergencyHotline: urgency.hotline,
        category,
        location,
        department: routing.department,
        routingRule: routing.rule,
      }
    },
    locate(text, opts = {}) {
      return resolveLocation(text, { city: opts.city ?? settings.city })
    },
    route(input) {
      return routeDepartment(input, home.directory)
    },
  }
  return { analyzer, directory: { departments: home.departments, lookup: home.lookup } }
}
