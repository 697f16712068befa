import type { Bm25Params } from './InvertedIndex.js'

/** Retrieval knobs that are not learned. Chosen on the dev questions with src/cli/evalSearch.ts. */
export interface RankParams {
  bm25: Bm25Params
  /** Query weight of a segmenter word (`w:`) and of a synonym concept (`s:`) relative to a bigram. */
  wordWeight: number
  conceptWeight: number
  /** How many BM25 candidates get features and the learned re-rank. */
  rerankDepth: number
  /** Query terms in more than this share of entries are left out of BM25 accumulation (not of features). */
  maxDfRatio: number
  /** Query weight of a place the question names (see entryTags.ts); a city's province counts half. */
  placeWeight: number
  /** Query weight of an issuing body the question names (see issuers.ts). */
  issuerWeight: number
}

export const DEFAULT_RANK: RankParams = {
  // Title and question variants count twice as much as the answer text; they are short and on topic.
  bm25: { k1: 1.2, weights: [2, 2, 1], b: [0.5, 0.5, 0.75] },
  wordWeight: 1,
  conceptWeight: 1,
  rerankDepth: 30,
  maxDfRatio: 0.1,
  // On the dev questions the right entry is among the 30 candidates for 0.77 of them without place terms,
  // 0.79 / 0.81 / 0.82 at weights 1 / 2 / 4; the re-rank then weighs the place against everything else.
  placeWeight: 4,
  issuerWeight: 2,
}
