/**
 * Request type: obvious messages of every type must come out right, negated cues must not count,
 * and on the Fuzhou dev tickets the detector must stay above a floor (skipped without ../shared).
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { accuracy, macroF1, type Pair } from '../../src/understanding/category/metrics.js'
import { detectIntent } from '../../src/understanding/intent/detectIntent.js'
import type { Intent } from '../../src/understanding/types.js'

const CASES: [Intent, string][] = [
  ['complaint', '楼下饭馆油烟太大，天天熏得没法开窗，反映多次没人管'],
  ['complaint', '我要投诉朝阳区某小区物业乱收停车费'],
  ['complaint', '隔壁工地半夜还在施工，噪音太大了，孩子没法睡觉'],
  ['complaint', '小区门口的垃圾好几天没人清运了，臭气熏天'],
  ['complaint', '公交车司机态度恶劣，还骂人'],
  ['complaint', '我们单位拖欠工资三个月了'],
  ['help', '我家老人走失了，穿蓝色外套，求助帮忙寻找'],
  ['help', '求助！家里暖气不热，老人冻得受不了，请帮忙联系供暖公司'],
  ['help', '家里下水道堵了，水漫出来了，求助'],
  ['consultation', '请问居住证怎么办理，需要哪些材料？'],
  ['consultation', '老楼加装电梯有补贴吗'],
  ['consultation', '社保断缴了会有什么影响？'],
  ['consultation', '咨询一下小孩上学需要什么条件'],
  ['consultation', '供暖什么时候开始？'],
  ['consultation', '新生儿落户在哪里办理'],
  // Chat questions without a question mark, and asking how to complain.
  ['consultation', '我家孩子明年上小学，入学需要准备什么'],
  ['consultation', '企业开办需要多长时间'],
  ['consultation', '怎么投诉快递员'],
  ['suggestion', '建议在我们小区门口增设一个公交站'],
  ['suggestion', '希望能在地铁站附近多设置一些共享单车停放点'],
  ['suggestion', '能不能考虑把这条路的红绿灯时间调长一点'],
  ['report', '举报：有人在河边偷排污水'],
  ['report', '我要举报楼下有人聚众赌博'],
  ['report', '有一家黑作坊无证经营，生产假冒食品'],
  ['praise', '我要表扬朝阳区某街道的工作人员，服务特别耐心'],
  ['praise', '感谢12345热线，问题很快解决了，工作人员非常负责'],
  ['praise', '给社区王书记点赞，帮我们解决了大难题'],
]

/** Tickets as a 12345 web form files them (title line, then the body), written for this test. */
const TICKETS: [Intent, string][] = [
  [
    'suggestion',
    '关于在光明港公园增设公共厕所的建议\n光明港公园每天晨练的人很多，但附近没有公厕，老人很不方便，建议在公园东门增设一处公厕。',
  ],
  ['suggestion', '希望在白马河沿岸加装护栏\n白马河步道很多小孩玩耍，河边没有护栏，希望有关部门能加装护栏，保障安全。'],
  ['suggestion', '能否在晋安河两岸多种一些树\n晋安河整治后很漂亮，但是夏天步道上没有树荫，能否考虑多种一些乔木？'],
  ['suggestion', '内河步道夜间照明可以改进\n建议把步道的路灯换成节能灯，并延长亮灯时间到晚上十一点，方便市民夜跑。'],
  [
    'suggestion',
    '小区门口公交线路调整建议\n我们小区居民出行主要靠公交，希望公交公司能把12路的班次增加一些，高峰期等车太久。',
  ],
  [
    'report',
    '举报有人往河里偷排污水\n每天晚上十点以后，河边那家洗车店就把污水直接排进河里，白天不排，请环保部门查处。',
  ],
  ['report', '举报无证经营的黑加油点\n我家楼下有人用塑料桶卖散装汽油，没有任何证照，存在很大安全隐患。'],
  ['report', '工地夜间偷倒建筑垃圾\n有渣土车每天凌晨偷偷把建筑垃圾倒在河道边的空地上，车牌号闽A12345。'],
  ['report', '某餐馆使用地沟油\n我发现街口那家餐馆老板从外面收购地沟油，用来炒菜，请市场监管部门查处。'],
  [
    'help',
    '求助：家里老人瘫痪在床无人照顾\n我父亲中风后瘫痪，我一个人上班照顾不过来，想申请居家养老服务，请帮帮我们。',
  ],
  ['help', '暴雨后家里进水，求助排水\n昨晚暴雨，我家一楼进水半米深，老人孩子都在家，请求社区帮忙抽水。'],
  ['help', '我被困在高速服务区，钱包丢了回不了家\n能不能帮忙联系救助站，我身上一分钱都没有了。'],
  ['consultation', '请问内河整治工程什么时候完工？\n我家门口的河道围挡已经半年，想了解一下预计完工时间。'],
  ['consultation', '咨询拆迁补偿标准\n我家房子在河道拓宽范围内，想问一下补偿标准是怎么定的，需要准备哪些材料？'],
  ['consultation', '河道边的停车位还能用吗\n听说河道改造要占用沿河停车位，请问改造期间附近有没有临时停车的地方？'],
  ['consultation', '垃圾分类的投放时间是几点\n我们小区刚开始垃圾分类，不知道每天什么时间可以投放厨余垃圾。'],
  ['complaint', '河道施工噪音扰民\n河道施工每天晚上干到十二点，挖掘机声音太大，孩子根本睡不着，多次反映没人管。'],
  ['complaint', '内河黑臭问题一直没有解决\n河水又黑又臭，夏天根本不敢开窗，整治了两年一点效果都没有。'],
  ['complaint', '施工占道严重影响出行\n施工单位把材料堆在人行道上，行人只能走机动车道，非常危险。'],
  ['complaint', '物业乱收停车费\n物业今年突然把停车费从每月150涨到300，也没有开业主大会，请有关部门处理。'],
  ['praise', '表扬仓山区水利局工作人员\n上次反映的河道垃圾问题，工作人员第二天就来清理了，效率很高，特此表扬。'],
  ['praise', '感谢社区网格员\n感谢网格员小王耐心帮我们老人办理了医保手续，服务特别周到。'],
  // River tickets like the Fuzhou ones, of the rarer types.
  ['suggestion', '关于晋安河沿岸步道的几点建议\n1、步道太窄，建议拓宽；2、沿河增设几处座椅；3、夜间增加照明。'],
  ['suggestion', '新店溪整治后能否建成市民公园\n新店溪两岸空地很多，希望政府能统一规划，建成休闲公园，方便周边居民。'],
  [
    'suggestion',
    '内河治理要从源头截污\n现在很多内河治理只是清淤，过段时间又臭了，应该先把沿岸的污水管网接好，从源头截污才能根治。',
  ],
  [
    'suggestion',
    '希望内河沿岸多设置垃圾桶\n河边散步的人多，垃圾桶太少，很多人随手把垃圾扔进河里，希望多放一些垃圾桶。',
  ],
  ['report', '举报河边餐馆偷排泔水\n河边那家大排档每天晚上把泔水直接倒进河里，河水都被污染了，请相关部门查处。'],
  ['report', '有人在河道里电鱼\n最近每天傍晚都有人在白马河用电瓶电鱼，破坏河道生态，也很危险，请执法部门制止。'],
  ['report', '养殖场私设暗管排污\n上游的养猪场私设暗管，把粪水直接排进溪里，下游河水发黑发臭，请环保局查处。'],
  [
    'help',
    '河道施工把我家的水管挖断了\n河道施工时把我家的自来水管挖断了，已经两天没有水用，家里有老人小孩，请帮忙尽快修复。',
  ],
  [
    'help',
    '施工导致我家房屋开裂，求助\n河道打桩施工后，我家墙体出现多条裂缝，担心房子有危险，请求有关部门派人来鉴定帮助。',
  ],
  ['consultation', '内河整治占用的土地有补偿吗\n我家的菜地被划进河道整治范围，请问有没有补偿，标准是多少？'],
  ['consultation', '光明港的游船什么时候开通\n听说光明港要开通内河游船，请问具体什么时候开通，票价多少？'],
  ['complaint', '河道清淤的淤泥随意堆放\n清淤出来的淤泥直接堆在小区门口，臭气熏天，已经一个多月了也没人清运。'],
  [
    'complaint',
    '晋安河又出现大量死鱼\n晋安河今天早上又漂满了死鱼，味道非常难闻，这已经是今年第三次了，有关部门到底管不管？',
  ],
  // A question that asks versus one that presses a long-standing grievance.
  ['consultation', '白马河沿线的围挡什么时候拆除？\n白马河整治工程好像已经完工了，请问沿线围挡什么时候能拆除？'],
  ['consultation', '河道整治期间小区停水吗\n看到通知说河道改造要改管网，想问一下我们小区会不会停水，停多久？'],
  ['consultation', '请问内河水质检测结果在哪里可以查到\n想了解一下家门口这条河的水质情况，有没有公开的检测数据？'],
  ['complaint', '河水发臭三年了到底有没有人管？\n我家楼下的河发臭已经三年了，反映了无数次，为什么到现在还没有整治？'],
  ['complaint', '施工方为何半夜施工？\n河道施工每天半夜还在打桩，吵得根本睡不着，谁批准的夜间施工？'],
  ['complaint', '河道整治工程拖了两年还没完工\n说好去年年底完工，现在还是一片工地，道路坑坑洼洼，什么时候才能完工？'],
  [
    'consultation',
    '咨询一下河边的老房子是否在拆迁范围\n我家在河边有一套老房子，听说河道拓宽要拆迁，想咨询一下是否在范围内。',
  ],
  ['complaint', '河边垃圾堆积如山无人清理\n河边的垃圾越堆越多，蚊子苍蝇到处飞，环卫工人从来不来清理。'],
]

describe('detectIntent: ticket-style messages of every type', () => {
  it.each(TICKETS)('%s ← %s', (intent, text) => {
    expect(detectIntent(text).intent).toBe(intent)
  })
})

describe('detectIntent: typical messages', () => {
  it.each(CASES)('%s ← %s', (intent, text) => {
    const r = detectIntent(text)
    expect(r.intent).toBe(intent)
    expect(r.confidence).toBeGreaterThan(0)
    expect(r.confidence).toBeLessThanOrEqual(1)
    expect(r.reasons.length).toBeGreaterThan(0)
  })

  it('names the cue that decided', () => {
    expect(detectIntent('我要投诉物业').reasons).toContain('cue:投诉')
    expect(detectIntent('举报有人偷排污水').reasons).toContain('cue:举报')
  })

  it('ignores a negated cue', () => {
    expect(detectIntent('不是投诉，只是想咨询一下停车证怎么办理').intent).toBe('consultation')
  })

  it('reads the title of a ticket first', () => {
    expect(detectIntent('关于增设公交站的建议\n小区门口离最近的公交站有两公里').intent).toBe('suggestion')
    expect(detectIntent('请问小区供暖何时开始\n去年11月15日才来暖气').intent).toBe('consultation')
  })

  it('reads a pressing question about a long-standing problem as a complaint', () => {
    expect(detectIntent('小区门口的河道黑臭多年了，到底什么时候治理？').intent).toBe('complaint')
    expect(detectIntent('楼下的路灯坏了好几个月了，怎么还没人修').intent).toBe('complaint')
    // The same question without the pressure is a request for information.
    expect(detectIntent('小区门口的河道什么时候开始治理？').intent).toBe('consultation')
  })

  it('keeps 求助 for the citizen’s own plight, not for public works', () => {
    expect(detectIntent('求助有关部门把小区门口的臭水沟治理一下').intent).not.toBe('help')
    expect(detectIntent('求助：我家老人被困在电梯里了').intent).toBe('help')
  })

  it('reads a named private offender as a report, a faulty public project as a complaint', () => {
    expect(detectIntent('有家工厂偷偷往河里排污水，请查处').intent).toBe('report')
    expect(detectIntent('举报施工单位偷工减料，河堤是豆腐渣工程').intent).toBe('complaint')
  })

  it('reads a plea to reconsider a plan as a suggestion', () => {
    expect(detectIntent('恳请领导综合考虑，不要在我们楼下建停车场').intent).toBe('suggestion')
  })

  it('weighs the closing request of a ticket above its description', () => {
    const grievance = '关于小区绿化的意见\n小区里的绿地被改成了停车位，严重影响居民生活。'
    expect(detectIntent(grievance).intent).toBe('complaint')
    expect(detectIntent(`${grievance}恳请有关部门重新考虑，把绿地恢复回来。`).intent).toBe('suggestion')
  })

  it('reads a daily-life hardship from public works as a plea for help', () => {
    // The works are context; what the residents ask for is a way home.
    const plea = '河道改造把我们小区门口的路挖烂了，一下雨就是泥潭，希望有关部门尽快把路修好，不要让居民出行困难'
    expect(detectIntent(plea).intent).toBe('help')
    // Naming the hardship inside an explicit complaint does not turn it into a plea.
    expect(detectIntent('施工占道导致出行不便，我要投诉施工单位').intent).toBe('complaint')
    expect(detectIntent('施工占道，居民出行不便，请尽快处理').intent).toBe('complaint')
  })

  it('reads a proposal phrased as a question as a suggestion', () => {
    expect(detectIntent('河道治理能不能设地下河?\n河边都是大排档，明河以后肯定污水直排，能否多做绿化?').intent).toBe(
      'suggestion',
    )
    expect(detectIntent('沿河绿化带还是老样子，跟别的河比差太多了！望相关部门积极协调，改进！').intent).toBe(
      'suggestion',
    )
  })

  it('reads a question in a ticket title as what the citizen wants answered', () => {
    expect(detectIntent('金港河附近偶尔还会有臭味?\n附近的污水处理厂开始运行了吗').intent).toBe('consultation')
    // The same smell reported without asking anything stays a complaint.
    expect(detectIntent('金港河附近又有臭味\n附近的污水处理厂天天发臭').intent).toBe('complaint')
  })

  it('is more confident with more evidence', () => {
    const weak = detectIntent('物业的事').confidence
    const strong = detectIntent('我要投诉物业，严重扰民，多次反映没人管！').confidence
    expect(strong).toBeGreaterThan(weak)
  })
})

describe('detectIntent: bad input', () => {
  it('handles empty, emoji, English, traditional, mixed and huge text', () => {
    expect(detectIntent('').confidence).toBe(0)
    expect(detectIntent('   ').reasons).toEqual(['empty'])
    expect(detectIntent('😡😡😡').intent).toBe('complaint')
    expect(detectIntent('請問居住證怎麼辦理？').intent).toBe('consultation')
    expect(detectIntent('I want to 投诉 the noise').intent).toBe('complaint')
    const huge = '请问这个政策什么时候出台？'.repeat(1600)
    const t0 = performance.now()
    expect(detectIntent(huge).intent).toBe('consultation')
    expect(performance.now() - t0).toBeLessThan(500)
  })
})

const FUZHOU = new URL('../../../shared/data/eval/fuzhou.jsonl', import.meta.url).pathname

describe.skipIf(!existsSync(FUZHOU))('detectIntent: Fuzhou dev tickets', () => {
  it('stays above the accuracy and macro-F1 floor', () => {
    const rows = readFileSync(FUZHOU, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; intent: string })
    const pairs: Pair[] = rows.map((r) => [detectIntent(r.text).intent, r.intent])
    // Floors sit below the measured figures (see src/cli/evalUnderstanding.ts) so that a broken
    // cue table fails while small, deliberate edits do not.
    expect(accuracy(pairs)).toBeGreaterThanOrEqual(0.88)
    expect(macroF1(pairs)).toBeGreaterThanOrEqual(0.65)
  })
})
