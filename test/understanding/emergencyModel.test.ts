/**
 * The emergency model beside the lexicon (src/understanding/urgency/emergencyModel.ts), on messages that
 * neither was built from: test/fixtures/unseen-emergencies.json.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectUrgency, modelMayJudge } from '../../src/understanding/urgency/detectUrgency.js'
import { defaultEmergencyModel } from '../../src/understanding/urgency/defaultEmergencyModel.js'
import {
  emergencyProbability,
  loadEmergencyModel,
  MIN_MODEL_HAN,
  modelCanJudge,
} from '../../src/understanding/urgency/emergencyModel.js'
import { NOT_EMERGENCY_EXAMPLES } from '../../src/understanding/urgency/emergencyExamples.js'

const unseen = JSON.parse(readFileSync(new URL('../fixtures/unseen-emergencies.json', import.meta.url), 'utf8')) as {
  emergencies: [string, '110' | '119' | '120'][]
  ordinary: string[]
}
const SUMMER = new Date('2026-07-01T12:00:00+08:00')
const missed = (model: null | undefined) =>
  unseen.emergencies.filter(([t]) => detectUrgency(t, { now: SUMMER, model }).urgency !== 'emergency').length
const alarms = (model: null | undefined) =>
  unseen.ordinary.filter((t) => detectUrgency(t, { now: SUMMER, model }).urgency === 'emergency').length

describe('emergency model on unseen messages', () => {
  it('catches most of what the lexicon misses', () => {
    const lexicon = missed(null)
    const both = missed(undefined)
    // When they were written the lexicon alone missed 23 of these 90 and the pair 4; after rounds 27–28,
    // 22 and 5; after rounds 29–42, 19 and 4.
    expect(lexicon).toBeGreaterThanOrEqual(10)
    expect(both).toBeLessThanOrEqual(Math.floor(lexicon / 3))
  })

  it('adds at most one false alarm on the 90 tricky ordinary messages', () => {
    // The one it has added after some retrainings is a question about a swollen e-bike battery
    // (电动车电池鼓包了还能充吗); after rounds 39–42, none. (It also held one lexicon false alarm, a rumour "网上传有人拿针管在地铁里扎人",
    // which led to hearsay words 网传/网上传; the lexicon's own false alarms are scored in urgency.test.ts.)
    expect(alarms(undefined) - alarms(null)).toBeLessThanOrEqual(1)
  })

  it('names what it saw and a hotline', () => {
    const text = '粮库里有个工人踩空陷进仓里了，玉米已经没到脖子，越拉越往下沉'
    expect(detectUrgency(text, { now: SUMMER, model: null }).urgency).not.toBe('emergency')
    const u = detectUrgency(text, { now: SUMMER })
    expect(u.urgency).toBe('emergency')
    expect(u.reasons[0]).toMatch(/^疑似险情（.+）$/)
    expect(['110', '119', '120']).toContain(u.hotline)
  })
})

describe('emergency model: when it is asked', () => {
  it('leaves short and English messages to the lexicon', () => {
    for (const t of [
      '孩子的牙掉下来了',
      '他倒了一杯水给我',
      '这个药吃了一周了还没好',
      'The fire lane is blocked by cars again',
    ]) {
      expect(modelCanJudge(t)).toBe(false)
      expect(detectUrgency(t, { now: SUMMER }).urgency).toBe('normal')
    }
    expect(modelCanJudge('一'.repeat(MIN_MODEL_HAN))).toBe(true)
  })

  it('does not overrule an urgent finding (a plain lift entrapment stays urgent)', () => {
    const u = detectUrgency('小区三号楼电梯困人了，里面是两个年轻人，物业说维保人员马上就到，请你们也督促一下', {
      now: SUMMER,
    })
    expect(u.urgency).toBe('urgent')
  })

  it('handles empty, emoji-only and huge text', () => {
    const model = defaultEmergencyModel()
    expect(emergencyProbability(model, '').p).toBeLessThan(model.threshold)
    expect(emergencyProbability(model, '😡😡😡').p).toBeLessThan(model.threshold)
    expect(Number.isFinite(emergencyProbability(model, '小区路灯坏了'.repeat(4000)).p)).toBe(true)
  })

  it('is not asked about a story revealed after its events as a dream, a drama or a drill', () => {
    // A threshold of 0 makes the model say "emergency" to anything it is asked about: what is tested is the gate.
    const eager = loadEmergencyModel({ threshold: 0, model: defaultEmergencyModelFile() })
    const story = '一个男的拿着东西站在天台边上一直往下看，楼下围了好多人，警察在后面慢慢靠近他'
    expect(detectUrgency(story, { now: SUMMER, model: eager }).urgency).toBe('emergency')
    for (const reveal of [
      '……刚看完港剧那集，看得我手心出汗',
      '……然后闹钟响了，这种梦是压力太大吗',
      '——以上是派出所的演练剧本，明天下午三点开始',
    ]) {
      expect(detectUrgency(story + reveal, { now: SUMMER, model: eager }).urgency).not.toBe('emergency')
    }
  })

  it('is not asked about a message dated in the past that never says now', () => {
    const eager = loadEmergencyModel({ threshold: 0, model: defaultEmergencyModelFile() })
    const told = '我外婆前年在菜市场门口被电动车带倒了，到现在走路都要拄拐，这种情况还能找对方赔偿吗'
    expect(detectUrgency(told, { now: SUMMER, model: eager }).urgency).not.toBe('emergency')
    // The same past with a turn to now is asked about.
    const turned = '我外婆前年在菜市场门口被电动车带倒过一次，现在又在门口坐着起不来了，喊她也不太应'
    expect(detectUrgency(turned, { now: SUMMER, model: eager }).urgency).toBe('emergency')
  })

  it('is not asked about an animal lost or fallen', () => {
    const eager = loadEmergencyModel({ threshold: 0, model: defaultEmergencyModelFile() })
    expect(
      detectUrgency('我家的小狗从阳台跑出去了，一晚上没回来，小区里找遍了也没有', { now: SUMMER, model: eager })
        .urgency,
    ).not.toBe('emergency')
    expect(
      detectUrgency('我家老爷子从阳台那边出去了，一晚上没回来，小区里找遍了也没有', { now: SUMMER, model: eager })
        .urgency,
    ).toBe('emergency')
  })

  it('asks the model exactly where modelMayJudge says it does, so that training picks its threshold on those messages', () => {
    const eager = loadEmergencyModel({ threshold: 0, model: defaultEmergencyModelFile() })
    let checked = 0
    for (const text of NOT_EMERGENCY_EXAMPLES) {
      if (detectUrgency(text, { now: SUMMER, model: null }).urgency !== 'normal') continue
      checked++
      expect(detectUrgency(text, { now: SUMMER, model: eager }).urgency === 'emergency', text).toBe(modelMayJudge(text))
    }
    expect(checked).toBeGreaterThan(1000)
  })

  it('is not asked how to book a clinic appointment', () => {
    const eager = loadEmergencyModel({ threshold: 0, model: defaultEmergencyModelFile() })
    const booking = '孩子这两天眼睛一直发红发痒，揉得很厉害，想问问儿童医院眼科怎么挂号'
    expect(detectUrgency(booking, { now: SUMMER, model: eager }).urgency).not.toBe('emergency')
    expect(modelMayJudge(booking.replace('想问问儿童医院眼科怎么挂号', '现在肿得睁不开'))).toBe(true)
  })

  it('is not asked about a suggestion or a parking fine, nor about a mishap in which nobody was hurt', () => {
    const eager = loadEmergencyModel({ threshold: 0, model: defaultEmergencyModelFile() })
    for (const text of [
      '下过冻雨以后人行天桥上全是冰，早上好几个人在上面滑倒，建议尽快撒融雪剂',
      '凭什么我在小区门口停了五分钟就被贴条！！！那里根本没有禁停标志，马上给我撤销',
      '车在地库出口被道闸杆卡住了，后面一长串车在按喇叭，人都没事，就是出不去',
    ])
      expect(detectUrgency(text, { now: SUMMER, model: eager }).urgency, text).not.toBe('emergency')
  })

  it('refuses a model file with other labels', () => {
    const file = { threshold: 0.5, model: { ...defaultEmergencyModelFile(), labels: ['a', 'b', 'c', 'd'] } }
    expect(() => loadEmergencyModel(file)).toThrow(/labels/)
  })
})

function defaultEmergencyModelFile() {
  return (
    JSON.parse(readFileSync(new URL('../../knowledge/models/emergency.json', import.meta.url), 'utf8')) as {
      model: Parameters<typeof loadEmergencyModel>[0]['model']
    }
  ).model
}
