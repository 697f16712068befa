/**
 * Turns a segmented, stop-word-stripped training message back into something shaped like the
 * raw text a citizen types: words joined without spaces, removed function words re-inserted
 * between some of them, and an occasional comma/full stop breaking the character runs.
 * Used only for training-data augmentation and for a "simulated raw" dev figure.
 */
import { REMOVED_STOP_WORDS } from './stopWords.js'

type WeightedWords = ReadonlyArray<readonly [word: string, weight: number]>

function sampleStopWord(rand: () => number, words: WeightedWords, total: number): string {
  let r = rand() * total
  for (const [word, weight] of words) {
    r -= weight
    if (r <= 0) return word
  }
  return words[0]?.[0] ?? ''
}

export interface RawSimulation {
  /** Probability of a function word after each word. */
  stopRate: number
  /** Probability of a punctuation mark after each word. */
  punctRate: number
  /** Function words to insert; defaults to the ones the training file had removed. */
  words?: WeightedWords
}

export function simulateRawText(segmented: string, rand: () => number, sim: RawSimulation): string {
  const words = segmented.split(/\s+/).filter(Boolean)
  const fillers = sim.words ?? REMOVED_STOP_WORDS
  const total = fillers.reduce((sum, [, w]) => sum + w, 0)
  let out = ''
  for (const word of words) {
    out += word
    if (rand() < sim.stopRate) out += sampleStopWord(rand, fillers, total)
    if (rand() < sim.punctRate) out += rand() < 0.7 ? '，' : '。'
  }
  return out
}
