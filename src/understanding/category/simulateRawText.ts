/**
 * Turns a segmented, stop-word-stripped training message back into something shaped like the
 * raw text a citizen types: words joined without spaces, removed function words re-inserted
 * between some of them, and an occasional comma/full stop breaking the character runs.
 * Used only for training-data augmentation and for a "simulated raw" dev figure.
 */
import { REMOVED_STOP_WORDS } from './stopWords'

const TOTAL_WEIGHT = REMOVED_STOP_WORDS.reduce((s, [, w]) => s + w, 0)

function sampleStopWord(rand: () => number): string {
  let r = rand() * TOTAL_WEIGHT
  for (const [word, weight] of REMOVED_STOP_WORDS) {
    r -= weight
    if (r <= 0) return word
  }
  return '的'
}

export interface RawSimulation {
  /** Probability of a function word after each word. */
  stopRate: number
  /** Probability of a punctuation mark after each word. */
  punctRate: number
}

export function simulateRawText(segmented: string, rand: () => number, sim: RawSimulation): string {
  const words = segmented.split(/\s+/).filter(Boolean)
  let out = ''
  for (const word of words) {
    out += word
    if (rand() < sim.stopRate) out += sampleStopWord(rand)
    if (rand() < sim.punctRate) out += rand() < 0.7 ? '，' : '。'
  }
  return out
}
