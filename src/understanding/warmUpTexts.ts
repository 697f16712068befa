/**
 * Texts for warming up understanding after a start (see src/http/warmUp.ts): a few realistic
 * messages, then synthetic ones of random length made of the category model's n-grams and
 * gazetteer names, so that the warm-up reaches every large table the way real traffic does.
 * Deterministic (a fixed-seed generator), and city-neutral: the names come from the whole gazetteer.
 */
import { loadCategoryModel } from './category/classifyCategory.js'
import { getGazetteer } from './location/gazetteer.js'

const SAMPLES = [
  '小区门口的路灯坏了一个多月了，晚上特别黑，老人孩子出门很不安全，请尽快修一下。',
  '请问灵活就业人员怎么缴纳社保？在哪里办理，需要带什么材料？',
  '楼下餐馆油烟太大，每天中午晚上都熏得没法开窗，多次找物业没用，投诉！',
  '举报：有人在河边偷倒建筑垃圾，已经堆了好几车了，晚上十点以后来倒。',
  '建议在学校门口增设一个红绿灯，上下学时段车太多，孩子过马路很危险。',
  '家里老人突然晕倒了，叫不醒，怎么办',
  '我们公司想申请稳岗补贴，条件是什么？线上能办吗？',
  '感谢社区工作人员，帮我们解决了暖气不热的问题，服务很好，表扬一下。',
  '施工工地半夜还在打桩，噪音扰民严重，已经连续一周了，希望有关部门管一管。',
  'The street light outside building 3 is broken, 路灯不亮 please fix 谢谢',
  '😡😡😡 垃圾三天没人清运了！！！',
]
const JOINERS = ['', '，', '。', ' ', '\n']

export function warmUpTexts(count: number, seed = 12345): string[] {
  const grams = [...loadCategoryModel().index.keys()]
  const g = getGazetteer()
  let state = seed >>> 0
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state % n
  }
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    if (i < SAMPLES.length) {
      out.push(SAMPLES[i]!)
      continue
    }
    // Mostly short messages, some long: lengths as a hotline sees them.
    const pieces = next(4) === 0 ? 100 + next(600) : 8 + next(60)
    const parts: string[] = [SAMPLES[next(SAMPLES.length)]!]
    for (let j = 0; j < pieces; j++) {
      parts.push(next(6) === 0 ? g.name(next(g.size)) : grams[next(grams.length)]!)
      if (next(5) === 0) parts.push(JOINERS[next(JOINERS.length)]!)
    }
    out.push(parts.join(''))
  }
  return out
}
