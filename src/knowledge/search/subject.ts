/**
 * The subject of a policy question: who acts or where, usually its first phrase (国家税务总局对…, 天津市税务局
 * 从…, 河南省在…). Many questions differ from their entry only in topic, few in subject, so a subject match
 * is strong evidence for the same source document. Heuristic, no dictionary: cut at the first function word.
 */
const LEAD_CLAUSE =
  /^(?:疫情期间|疫情防控期间|截至|截止|为了?|在|针对|根据|按照|对于|近日|目前|日前|\d)[^,，。？?]{0,24}[,，]/u
const BOUNDARY =
  /在|对|为|向|从|将|把|要求|规定|提出|出台|采取|关于|如何|怎样|怎么|是否|哪些|什么|有何|有哪|有没有|的|开展|发布|推出|印发|明确|实施|加强|加大|支持|通过|已经|目前|就|可以|能否|应|需|是/u

export function subjectOf(normalized: string): string {
  const text = normalized.replace(LEAD_CLAUSE, '').trim()
  const m = BOUNDARY.exec(text.slice(1))
  const end = m ? m.index + 1 : text.length
  return text.slice(0, Math.min(end, 16))
}
