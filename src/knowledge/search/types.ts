/**
 * The contract of the in-memory knowledge retrieval engine. Storage and HTTP layers convert their rows to
 * `SearchableEntry` and call `KnowledgeIndex`; nothing here knows about the database.
 */
export type EntryState = 'draft' | 'review' | 'published' | 'archived'
export type Audience = 'citizen' | 'enterprise' | 'all'

export interface SearchableEntry {
  id: string
  title: string
  questions: string[]
  body: string
  category?: string | null
  source?: string | null
  audience: Audience
  /** null = everywhere; else a city or district name, e.g. 北京市, 朝阳区. */
  region?: string | null
  state: EntryState
  /** ISO dates; null/undefined = no bound. */
  effectiveFrom?: string | null
  expiresAt?: string | null
}

export interface SearchOptions {
  limit?: number
  audience?: 'citizen' | 'enterprise'
  region?: string | null
  now?: Date
  includeUnpublished?: boolean
}

export interface SearchHit {
  id: string
  title: string
  score: number
  snippet: string
  answer: string
  matchedQuestion: string | null
  features: Record<string, number>
}

export interface SearchResponse {
  results: SearchHit[]
  answerable: boolean
  confidence: number
}
