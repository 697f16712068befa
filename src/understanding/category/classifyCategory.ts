/**
 * Category of a citizen message: level 1 from the trained linear model (knowledge/models/category.json),
 * levels 2/3 from taxonomy keywords. The model only knows the 7 first-level classes that occur in
 * the training data; the other 8 are predicted from taxonomy keywords, and only when their evidence
 * is strong and clearly outweighs the model's choice.
 */
import modelFile from '../../../knowledge/models/category.json' with { type: 'json' }
import type { CategoryResult } from '../types.js'
import { MAX_FEATURE_CHARS } from './charNgrams.js'
import { findKeywords, level1KeywordScores } from './keywordEvidence.js'
import {
  type CompactLinearModel,
  type LinearModel,
  loadLinearModel,
  predictLinear,
  vectorizeText,
} from './linearModel.js'
import { normalizeText } from './normalizeText.js'
import { pickSubcategory } from './pickSubcategory.js'
import { level1Names } from './taxonomy.js'

/** Keyword score an unseen class needs: e.g. two specific (≥3-character) keywords, or three short ones. */
const UNSEEN_MIN_SCORE = 3
/** …and it must beat the keyword score of every trained class by this factor… */
const UNSEEN_MARGIN = 2
/** …while the model is unsure of its own class. */
const UNSEEN_MAX_MODEL_CONFIDENCE = 0.6

/** A class the model gives at least this probability is worth offering when it is unsure. */
const ALTERNATIVE_MIN_P = 0.08

/** Only the head of a very long message is read (20,000-character inputs must stay fast). */
const MAX_INPUT_CHARS = MAX_FEATURE_CHARS * 2

let model: LinearModel | undefined

/** Loads the model now rather than on the first message (call at start-up). */
export function loadCategoryModel(): LinearModel {
  if (!model) {
    model = loadLinearModel(modelFile as CompactLinearModel)
    // Builds the numeric n-gram index too, so the first request does not pay for it.
    vectorizeText(model, '')
  }
  return model
}

const NONE: CategoryResult = { level1: null, level2: null, level3: null, confidence: 0 }

export function classifyCategory(text: string): CategoryResult {
  if (!text?.trim()) return NONE
  const m = loadCategoryModel()
  const norm = normalizeText(text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text)
  const { probabilities, evidence } = predictLinear(m, norm, true)
  const hits = findKeywords(norm, true)
  if (evidence === 0 && hits.length === 0) return NONE
  let best = 0
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c
  let level1 = m.labels[best]!
  let confidence = probabilities[best]!

  const keywordScores = level1KeywordScores(hits)
  let trainedScore = 0
  let unseen: { name: string; score: number } | null = null
  for (const name of level1Names()) {
    const score = keywordScores.get(name) ?? 0
    if (m.labels.includes(name)) trainedScore = Math.max(trainedScore, score)
    else if (score > (unseen?.score ?? 0)) unseen = { name, score }
  }
  if (
    unseen &&
    unseen.score >= UNSEEN_MIN_SCORE &&
    unseen.score >= UNSEEN_MARGIN * trainedScore &&
    confidence < UNSEEN_MAX_MODEL_CONFIDENCE
  ) {
    level1 = unseen.name
    // Keyword-only evidence: a modest confidence that grows with the evidence but never reaches
    // what a trained class can claim, so the conversation still asks the citizen to confirm.
    confidence = Math.min(0.75, 0.35 + 0.05 * unseen.score)
  }
  const sub = pickSubcategory(level1, hits)
  const alternatives = m.labels
    .map((name, c) => ({ name, p: probabilities[c]! }))
    .filter((x) => x.name !== level1 && x.p >= ALTERNATIVE_MIN_P)
    .sort((a, b) => b.p - a.p)
    .slice(0, 3)
    .map((x) => x.name)
  return {
    level1,
    level2: sub.level2,
    level3: sub.level3,
    confidence: Math.round(confidence * 1000) / 1000,
    alternatives,
  }
}
