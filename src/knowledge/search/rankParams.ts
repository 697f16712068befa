import type { Bm25Params } from './InvertedIndex'

/**
 * Retrieval knobs in one place. Values were chosen on the dev questions by src/cli/evalSearch.ts; keep the
 * number of knobs small so they cannot memorise the dev set.
 */
export interface RankParams {
  bm25: Bm25Params
  /** Query weight of a segmenter word (`w:`) and of a synonym concept (`s:`) relative to a bigram. */
  wordWeight: number
  conceptWeight: number
  /** Whether body text also contributes segmenter words (bigrams always). */
  bodyWords: boolean
  /** How many BM25 candidates get features and the re-rank. */
  rerankDepth: number
  wQsim: number
  wCoverage: number
  wPlace: number
  wPrefix: number
  queryStop: string[]
}

export const DEFAULT_RANK: RankParams = {
  bm25: { k1: 1.2, weights: [2, 2, 1], b: [0.5, 0.5, 0.75] },
  wordWeight: 1,
  conceptWeight: 1,
  bodyWords: true,
  rerankDepth: 30,
  wQsim: 0,
  wCoverage: 0,
  wPlace: 0,
  wPrefix: 0,
  queryStop: [],
}
