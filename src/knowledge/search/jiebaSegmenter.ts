import type { Segmenter } from './segmenter.js'

/**
 * Loads jieba (jieba-wasm, a WASM build of jieba-rs) when the runtime can: under Node the package's `node`
 * export reads its .wasm synchronously on import. Elsewhere (Workers bundles pick the `browser` build, which
 * needs an explicit fetch-based init) the first `cut` throws and we return null, so callers keep the
 * dependency-free max-match segmenter. Never throws.
 */
export async function loadJiebaSegmenter(extraWords: Iterable<string> = []): Promise<Segmenter | null> {
  try {
    const mod = await import('jieba-wasm')
    mod.cut('预热', false)
    for (const w of extraWords) if (w.length >= 2) mod.add_word(w, 20000)
    // Search mode also emits the parts of long words (国家税务总局 → 国家, 税务, 总局, 国家税务总局), which
    // matches questions that name an agency or policy by a shorter form.
    return { name: 'jieba', cut: (text: string) => mod.cut_for_search(text, false) }
  } catch {
    return null
  }
}
