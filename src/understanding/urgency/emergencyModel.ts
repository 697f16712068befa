/**
 * The emergency model: a second opinion beside the lexicon. A multinomial logistic regression over
 * character 2–3-grams (none / 119 / 120 / 110), trained by src/cli/trainEmergency.ts on the hand-written
 * emergency rounds, ordinary citizen messages and addresses. The lexicon names the danger it saw; new
 * wording slips past any word list (about one unseen emergency in four did, round after round), and the
 * model catches about half of those at a threshold that keeps ordinary messages quiet (figures in the
 * model file's `cv` and the README). Pure functions: the committed model is loaded in defaultEmergencyModel.ts.
 */
import { normalizeText } from '../category/normalizeText.js'
import {
  type CompactLinearModel,
  type LinearModel,
  linearScores,
  loadLinearModel,
  softmax,
  vectorizeText,
} from '../category/linearModel.js'
import type { Hotline } from './UrgencyTerm.js'

export const EMERGENCY_LABELS = ['none', '119', '120', '110'] as const

export interface EmergencyModelFile {
  threshold: number
  model: CompactLinearModel
}

export interface EmergencyModel {
  threshold: number
  linear: LinearModel
  /** The n-gram of each feature, for naming what the model saw. */
  grams: string[]
}

export interface EmergencyOpinion {
  /** Probability that the message is an emergency (any hotline). */
  p: number
  hotline: Hotline
  /** The n-grams that weighed most towards that hotline, strongest first. */
  cues: string[]
}

/** Chat emergencies are short and say what is wrong early; the first 400 characters carry it. */
const MODEL_CHARS = 400
/**
 * Fewer Chinese characters than this give the model a handful of n-grams, too little to overrule the
 * lexicon's silence: "孩子的牙掉下来了" scored as high as a real fall. Short emergencies say what they are in
 * plain words, which is where the lexicon is strongest; English is left to the lexicon too.
 */
export const MIN_MODEL_HAN = 16
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g

/** What the model reads: normalized (simplified, half-width), spaces dropped, the first MODEL_CHARS. */
export function modelText(text: string): string {
  return normalizeText(text.length > MODEL_CHARS * 2 ? text.slice(0, MODEL_CHARS * 2) : text)
    .replace(/\s+/g, '')
    .slice(0, MODEL_CHARS)
}

/** Whether the model has enough to go on: MIN_MODEL_HAN Chinese characters in what it reads. */
export function modelCanJudge(text: string): boolean {
  return (modelText(text).match(HAN)?.length ?? 0) >= MIN_MODEL_HAN
}

export function loadEmergencyModel(file: EmergencyModelFile): EmergencyModel {
  const labels = file.model.labels.join(',')
  if (labels !== EMERGENCY_LABELS.join(','))
    throw new Error(`emergency model labels must be ${EMERGENCY_LABELS}, not ${labels}`)
  return { threshold: file.threshold, linear: loadLinearModel(file.model), grams: file.model.vocab.split('\n') }
}

/** The model's opinion of `text`; `cues` only when asked for (most messages never need them). */
export function emergencyProbability(model: EmergencyModel, text: string, withCues = true): EmergencyOpinion {
  const { linear } = model
  const v = vectorizeText(linear, modelText(text), true)
  const k = EMERGENCY_LABELS.length
  const p = softmax(linearScores(linear.weights, linear.bias, k, v), linear.temperature)
  let best = 1
  for (let c = 2; c < k; c++) if (p[c]! > p[best]!) best = c
  const cues: string[] = []
  if (!withCues) return { p: 1 - p[0]!, hotline: EMERGENCY_LABELS[best] as Hotline, cues }
  // Each n-gram's pull towards the chosen hotline rather than "none".
  const pull: Array<[number, number]> = []
  for (let i = 0; i < v.idx.length; i++) {
    const f = v.idx[i]!
    const w = (linear.weights[f * k + best]! - linear.weights[f * k]!) * v.val[i]!
    if (w > 0) pull.push([w, f])
  }
  pull.sort((a, b) => b[0] - a[0])
  for (const [, f] of pull) {
    const gram = model.grams[f]!
    // A trigram and the bigram inside it say the same thing once.
    if (cues.some((c) => c.includes(gram) || gram.includes(c))) continue
    cues.push(gram)
    if (cues.length === 3) break
  }
  return { p: 1 - p[0]!, hotline: EMERGENCY_LABELS[best] as Hotline, cues }
}
