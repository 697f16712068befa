/**
 * Emergency and urgent-matter lexicon. Patterns run on normalized text (simplified Chinese,
 * half-width punctuation). `reason` is what the result reports, so it is a short Chinese label.
 *
 * - `emergency`: life or property in danger now → tell the citizen to call the hotline first.
 * - `urgent`: needs same-day handling (停暖 in winter, 电梯困人, 井盖丢失, 路面塌陷…).
 * - `needsPresent`: the term is often used about hazards or the past ("火灾隐患", "发生火灾"
 *   in a complaint about blocked fire lanes); it only counts as an emergency when the clause
 *   says it is happening now (了, 正在, 快, 救命…), otherwise it falls back to `fallback`.
 */
export type Hotline = '110' | '119' | '120'

export interface UrgencyTerm {
  reason: string
  pattern: RegExp
  tier: 'emergency' | 'urgent'
  hotline?: Hotline
  needsPresent?: boolean
  /** Tier used when `needsPresent` is set but the clause has no sign of "now"; absent → ignored. */
  fallback?: 'urgent'
  /** Only in the heating season (or when the text itself mentions cold). */
  winterOnly?: boolean
  /** Clause text before the match that makes this term something else (烟囱冒烟 is pollution). */
  excludeBefore?: RegExp
  /** Text right after the match that makes it something else (救命钱, 落水管). */
  excludeAfter?: RegExp
  /** A suffix that by itself says "now" for a `needsPresent` term ("发生火灾了"). */
  nowSuffix?: RegExp
}

const term = (
  reason: string,
  pattern: RegExp,
  tier: UrgencyTerm['tier'],
  extra: Partial<UrgencyTerm> = {},
): UrgencyTerm => ({ reason, pattern, tier, ...extra })

const NOW_SUFFIX = /^(?:了|啦)/
/** Chimneys, exhausts, barbecues and burning rubbish: smoke there is a pollution complaint. */
const SMOKE_POLLUTION = /烟囱|烟筒|排气|排放|工厂|厂房|锅炉|尾气|油烟|烧烤|焚烧|烧垃圾|秸秆|餐馆|饭店|饭馆|垃圾|车/

const GAS = '(?:燃气|煤气|天然气|液化气|液化石油气|瓦斯|煤气罐|气罐|燃气管道?|燃气灶|燃气表)'

export const URGENCY_TERMS: readonly UrgencyTerm[] = [
  // — fire and gas → 119
  term(
    '燃气泄漏',
    new RegExp(`${GAS}[^,。!?;]{0,6}(?:泄漏|泄露|漏气|外泄|漏了|挖断|挖破|破裂|断裂|往外冒|冒气)`),
    'emergency',
    { hotline: '119' },
  ),
  term('燃气泄漏', /漏(?:煤气|燃气|天然气|液化气)/, 'emergency', { hotline: '119' }),
  term('燃气泄漏', /(?:闻到|有|一股|好大|很大|浓烈?的?)[^,。!?;]{0,4}(?:煤气|燃气|天然气|液化气)味/, 'emergency', {
    hotline: '119',
  }),
  term('燃气泄漏', /(?:煤气|燃气|天然气|液化气)味道?(?:很|特别|非常|好|太)?(?:大|浓|重|刺鼻)/, 'emergency', {
    hotline: '119',
  }),
  term(
    '着火',
    /着火|起火|自燃|(?<!损)失火|烧起来|火烧起来|着大火|起大火|大火(?:烧|蔓延|着)|火势|火苗窜|有明火|有火光|冒火光|火光冲天|扑不灭/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '室内浓烟',
    /全是[黑浓白]?烟|满屋子?(?:都是)?烟|烟雾很大|(?:楼道|屋里|家里|房间|楼上|楼下|厨房|邻居家|窗户)[^,。!?;]{0,6}(?:冒|有|出|往外)[^,。!?;]{0,4}烟(?!囱|筒|味)/,
    'emergency',
    {
      hotline: '119',
      excludeBefore: SMOKE_POLLUTION,
    },
  ),
  // Smoke is mostly a pollution complaint (烟囱冒黑烟, 焚烧垃圾浓烟滚滚): a fire only when it is happening now.
  term('冒烟', /冒(?:出|着)?[^,。!?;]{0,4}烟(?!囱|筒|味)|浓烟/, 'emergency', {
    hotline: '119',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
    excludeBefore: SMOKE_POLLUTION,
  }),
  // Sparks and a burning smell are an electrical fire starting; a line merely hanging low is urgent (below).
  term(
    '电火花',
    /冒火花|火花四溅|打火花|有火星|冒火星|烧焦(?:的)?味|(?:电线|电箱|配电箱|插座|电瓶)[^,。!?;]{0,4}(?:冒火|烧着|烧起)/,
    'emergency',
    { hotline: '119' },
  ),
  term('火灾', /(?:发生)?火灾|火情|失了火/, 'emergency', {
    hotline: '119',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
  }),
  // An explosion someone reports is happening or just happened; the figures of speech are excluded.
  term('爆炸', /爆炸|发生爆燃|爆燃/, 'emergency', {
    hotline: '119',
    excludeBefore: /信息|知识|人口|数据|流量|票房|消息/,
    excludeAfter: /^(?:性|式|头|新闻|事故|的风险)/,
  }),
  // Tankers and chemicals spilling can catch fire or poison a street.
  term(
    '危化品泄漏',
    /(?:油罐车|槽罐车|罐车|危化品|化学品|液化气罐)[^,。!?;]{0,6}(?:翻|泄漏|泄露|漏|起火)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  // Floods and landslides are also told as history ("前年发生泥石流, 房子至今没重建").
  term('山洪泥石流', /决堤|溃坝|山洪(?:暴发|爆发|来了|下来)|泥石流/, 'emergency', {
    hotline: '119',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
  }),
  // Collapses and floods that bury, trap or sweep people away: rescue is 119's.
  term(
    '有人被压埋冲走',
    /(?:压住|压着|砸中|砸到|埋住|埋了)[^,。!?;]{0,4}(?:人|工人|孩子|老人|行人)|(?:人|工人|孩子|老人|行人)[^,。!?;]{0,4}被(?:压|埋|砸)|被(?:洪水|大水|水)?冲走|(?:塌|倒)了?[^。!?;]{0,6}(?:下面|里面|底下)有人/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '有人被困',
    /(?:有人|人|孩子|老人|小孩)[^,。!?;]{0,4}被困(?:在)?(?:火|屋|楼|房间|水|车|井|坑|洞|下水道)|被困(?:在)?火|有人被困|人被困住|(?:人|孩子|老人|小孩)[^,。!?;]{0,6}(?:困在|卡在|还在)(?:车|水|火|屋|房|井|坑)[^,。!?;]{0,3}出不来|(?:卡|困|锁|关)在(?:车|井|坑|洞)里|(?:卡|困|夹)在(?!电梯)[^,。!?;]{1,6}出不来|还有人(?:没|没有)(?:出来|逃出来|救出来)|人还在(?:里面|火里|楼里)/,
    'emergency',
    {
      hotline: '119',
      // Someone stuck in a lift with no injury is urgent, not an emergency (see 电梯困人 below).
      excludeBefore: /电梯/,
      excludeAfter: /^(?:在)?电梯/,
    },
  ),
  term('电梯坠落', /电梯[^,。!?;]{0,6}(?:下坠|坠落|掉下去|冲顶|蹲底)/, 'emergency', { hotline: '119' }),
  term(
    '电梯困人且有人不适',
    /电梯[^。!?;]{0,20}(?:晕|不舒服|喘不上|呼吸困难|受伤|孕妇|哭|心脏)|(?:晕|不舒服|呼吸困难|受伤|孕妇)[^。!?;]{0,20}困在电梯/,
    'emergency',
    { hotline: '119' },
  ),

  // — medical → 120
  term(
    '有人晕倒',
    /晕倒|昏倒|晕过去|昏过去|倒地不起|突然倒下|倒下了|倒在(?:地上|路边|马路)[^,。!?;]{0,6}(?:不动|起不来)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term(
    '昏迷',
    /昏迷|不省人事|休克|失去意识|没有?意识|意识不清|意识模糊|神志不清|叫不醒|叫(?:都|也)?(?:没|不)(?:反应|醒|应)|(?:人|他|她|老人|孩子|小孩)[^,。!?;]{0,4}(?:没反应|没有反应|没了反应)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term(
    '没有呼吸',
    /没有?呼吸|没了?心跳|心跳停|心脏骤停|呼吸[^,。!?;]{0,3}困难|喘不(?:上|过)气|上不来气|透不过气|窒息(?!感|般|的感)|卡住(?:了)?喉咙|卡在喉咙|噎住/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '急症',
    /抽搐|口吐白沫|大出血|血流(?:不止|不停|个不停)|流血(?:不止|不停|个不停)|流了(?:很多|好多|一地)血|大量出血|(?:满身|满脸|满头|一身)是血|血止不住|止不住血|受伤流血|头破血流|血流满面|出血不止|(?:头|脸|额头|腿|手)[^,。!?;]{0,3}(?:磕破|摔破|破了|裂开)|抽风(?!机)|惊厥|(?:高烧|发烧)[^,。!?;]{0,6}(?:抽筋|抽搐)|一直抽筋|(?:头|脸|身上|腿|胳膊|手)[^,。!?;]{0,3}(?:在|一直)(?:流血|出血)|羊水破|要生了/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '有人受伤倒地',
    /(?:老人|老太太|老大爷|孩子|小孩|爷爷|奶奶|爸|妈)[^,。!?;]{0,6}摔倒了|(?:被车撞|车祸|撞倒|摔倒|跌倒|摔伤)[^。!?;]{0,10}(?:不动|流血|昏|起不来|躺在地)|(?:人|老人|孩子|男子|女子|小孩)[^,。!?;]{0,12}一动不动|躺着不动|倒地不动|(?:人|孩子|小孩|老人|行人|学生)[^,。!?;]{0,8}被(?:车|汽车|货车|电动车|摩托车|公交车)撞(?:了|倒|伤|飞)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // Often mentioned as history ("父亲脑梗住院，咨询报销"): only an emergency when it is happening now.
  term('急症', /心脏病(?:犯|发作)|突发心脏病|脑梗|脑溢血|中风|胸口剧痛|胸口疼/, 'emergency', {
    hotline: '120',
    needsPresent: true,
    nowSuffix: NOW_SUFFIX,
    excludeAfter: /^(?:偏瘫|后遗症|后|病史|多年|康复|患者|病人|老人)/,
  }),
  term(
    '中毒',
    /煤气中毒|一氧化碳中毒|农药中毒|喝了?农药|误服|误吞|误食|误喝|服药自杀|吞药|(?:吃|吞|喝)了?[^,。!?;]{0,4}(?:老鼠药|安眠药|一整?瓶[^,。!?;]{0,3}药|药片|电池|洗洁精|消毒液|消毒水|除草剂|汽油)/,
    'emergency',
    { hotline: '120' },
  ),
  term('中毒', /食物中毒|中毒/, 'emergency', { hotline: '120', needsPresent: true, fallback: 'urgent' }),
  term('毒蛇咬伤', /被(?:毒)?蛇咬|毒蛇咬/, 'emergency', { hotline: '120' }),
  term('触电', /触电|被电(?:到|击|打)|被[^,。!?;]{0,4}电(?:到|伤|倒|击)/, 'emergency', { hotline: '120' }),
  term(
    '机械伤人',
    /被(?:机器|机械|设备|电梯门|卷帘门)[^,。!?;]{0,4}(?:绞|卷|夹|压|轧)|(?:绞住|卷进|夹住|轧断)[^,。!?;]{0,4}(?:手|脚|腿|胳膊|人)/,
    'emergency',
    { hotline: '120' },
  ),
  // "被开水烫了" tells what just happened; the bare noun (烫伤) is often history.
  term('烧烫伤', /被[^,。!?;]{0,3}(?:烫|烧)(?:伤了|了|到了)/, 'emergency', { hotline: '120' }),
  term('烧烫伤', /烫伤|烧伤|灼伤/, 'emergency', {
    hotline: '120',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
  }),
  term('漏电', /漏电/, 'urgent'),
  term(
    '坠楼',
    /坠楼|从[^,。!?;]{0,6}(?:楼|楼上|楼顶|窗户|阳台|桥上|高处)[^,。!?;]{0,2}(?:摔|掉|跳|坠)下|(?:爬|站|坐|挂)(?:到|在)[^,。!?;]{0,4}(?:窗户|窗台|阳台)外|要掉下(?:来|去)了|从(?:楼上|窗户|窗台|阳台|楼顶|高处)[^,。!?;]{0,2}(?:摔|掉|跳|坠)下|跳楼了|摔下来[^,。!?;]{0,4}(?:不动|流血|昏)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // The signs of a stroke (FAST): a face drooping, speech slurred, one side limp.
  term(
    '中风征兆',
    /嘴歪|眼斜|口角歪斜|半边(?:身子|身体|脸)[^,。!?;]{0,3}(?:不能动|动不了|麻|没知觉)|说话不清|口齿不清/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('快不行了', /快不行了|撑不住了|奄奄一息/, 'emergency', { hotline: '120' }),
  term('急症', /上吐下泻|剧烈腹痛|疼得打滚|疼得受不了/, 'emergency', {
    hotline: '120',
    needsPresent: true,
    fallback: 'urgent',
  }),
  term('生命危险', /生命危险|有生命危/, 'emergency', { hotline: '120', needsPresent: true }),

  // — violence and crime under way → 110
  term(
    '持刀伤人',
    /持刀|(?:拿|举|挥|提)着?[^,。!?;]{0,2}(?:刀|斧头|砍刀|匕首)|互砍|乱砍|砍人|捅人|捅伤|砍伤|杀人|要杀(?:人|了|我|他|她)|要把[^,。!?;]{0,6}(?:杀了|打死|掐死)|持枪|拿枪/,
    'emergency',
    {
      hotline: '110',
      excludeAfter: /^(?:凶手|犯|案|罪|不眨眼)/,
    },
  ),
  term(
    '暴力正在发生',
    /(?:正在|在|还在|又在)(?:打人|殴打|打架|斗殴|家暴|打我|打孩子|打老人)|打人了|打起来了|家暴我|(?:老公|丈夫|男朋友|前夫)[^,。!?;]{0,4}打我/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Someone beaten and still threatened or bleeding: a violent crime under way.
  term('被打', /被(?:人|他|他们|几个人)?(?:打伤|砍伤|捅伤|刺伤|打得|打了)/, 'emergency', {
    hotline: '110',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: /^[^。!?;]{0,14}(?:流血|出血|还在|在外面|不放|追)/,
  }),
  term('被刺伤', /被(?:人)?(?:捅|砍|刺)(?:了|伤|中)/, 'emergency', { hotline: '110' }),
  // Someone followed or on the rails right now: the police must come before anything happens.
  // Violence with whatever is at hand (酒瓶, 砖头), or a gang smashing a shop.
  term(
    '打砸伤人',
    /(?:拿|用|举|抄)着?[^,。!?;]{0,5}(?:在)?(?:砸|打|砍|捅|刺)(?:人|我|他|她)|在砸人|砸人了|打砸|冲进[^,。!?;]{0,4}(?:打|砸)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Fuel near a flame: a fire or explosion is seconds away.
  term(
    '油气遇火',
    /(?:加油站|油罐|汽油|柴油|油都漏)[^。!?;]{0,12}(?:点火|打火|明火|抽烟)|(?:点火|打火|明火|抽烟)[^。!?;]{0,12}(?:漏油|油漏|汽油)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('被跟踪', /被(?:人|陌生人|陌生男子)?跟踪|有(?:人|个男的|陌生人)(?:一直)?(?:跟着|尾随)我|尾随我/, 'emergency', {
    hotline: '110',
  }),
  term(
    '人在轨道上',
    /(?:有人|人|孩子|小孩|老人)[^,。!?;]{0,4}(?:在|掉进|掉下|跳下|走进)(?:地铁|铁路)?(?:轨道|铁轨)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('呼救', /呼救|喊救命/, 'emergency', { hotline: '110', excludeBefore: /钱|费/ }),
  term('家暴', /家暴|家庭暴力|殴打/, 'emergency', { hotline: '110', needsPresent: true, fallback: 'urgent' }),
  // Complaints use these as metaphors ("赤裸裸抢劫", "道德绑架"), hence the exclusions.
  term(
    '群殴',
    /群殴|械斗|持械|有人(?:在)?打架|打架斗殴|(?:撞|冲|开)(?:进|向|入)了?人群|拿(?:了|着)?(?:砖头|棍子|铁棍|木棍|钢管)|(?:正在|在)[^,。!?;]{0,8}(?:斗殴|群殴)/,
    'emergency',
    { hotline: '110' },
  ),
  term('抢劫', /抢劫|抢包|抢孩子|入室抢|抢(?:了|走)[^,。!?;]{0,6}(?:包|钱|手机|项链|东西)|被抢(?:了|劫)/, 'emergency', {
    hotline: '110',
    excludeBefore: /赤裸裸|明目张胆|公然|简直|如同|等于|无异于|相当于|变相|强盗/,
  }),
  term('绑架', /绑架|劫持|拐走|人贩子/, 'emergency', {
    hotline: '110',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
    excludeBefore: /道德|被迫|消费|舆论|情感|民意|春节|文化/,
  }),
  term(
    '入室盗窃',
    /(?:有人|小偷|贼|陌生人|歹徒|坏人)[^,。!?;]{0,6}(?:(?:撬|砸)[^,。!?;]{0,4}(?:门|锁|窗)|翻窗|闯进|闯入|进了?我家)|正在偷/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '轻生',
    /烧炭|上吊|服毒|割脉|(?:在|要|正在)自杀|自杀了|(?:要|想|准备)(?:跳楼|跳河|跳江|跳湖|跳海|自杀|轻生|往下跳|跳下去)|想不开(?:了|要)|(?<!年)轻生|割腕|站在楼顶/,
    'emergency',
    {
      hotline: '110',
      // "服毒自杀身亡" retells a death; the hotline cannot help any more, the complaint is about why.
      excludeAfter: /^(?:身亡|死亡|未遂)/,
    },
  ),
  term(
    '溺水',
    /溺水|有人落水|落水了|(?:水里|河里|湖里|江里|海里|水库里?)[^,。!?;]{0,6}(?:挣扎|呼救)|(?:人|孩子|小孩|老人)[^,。!?;]{0,4}落水|(?:池塘|水塘|鱼塘|泳池|游泳池|河|湖|江|水库)[^,。!?;]{0,6}(?:孩子|小孩|人|老人)[^,。!?;]{0,3}掉(?:下去|进去)了|掉进(?:河|水|湖|江|井|窨井|化粪池|粪坑|下水道|水塘|池塘)|掉到(?:河|水|湖|江|井|池塘)里|被水冲走/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Mixed-language messages: the plainest English calls for help.
  term('着火', /\b(?:on fire|fire|smoke everywhere|explosion)\b/i, 'emergency', {
    hotline: '119',
    excludeAfter: /^\s*(?:lane|exit|alarm|drill|safety|hazard|door|extinguisher|station|wall|insurance)/i,
    excludeBefore: /\b(?:no|not|ceasefire|you're|you are|got)\s*$/i,
  }),
  term('燃气泄漏', /\bgas leak|smell(?:s)? (?:of )?gas\b/i, 'emergency', { hotline: '119' }),
  term('急症', /\b(?:unconscious|not breathing|heart attack|fainted|collapsed|bleeding)\b/i, 'emergency', {
    hotline: '120',
  }),
  term('救命', /救命|快来人/, 'emergency', {
    hotline: '110',
    excludeAfter: /^(?:钱|药|稻草|的钱|的)/,
    excludeBefore: /钱|费/,
  }),

  // — urgent: needs same-day action but nobody is in danger this minute
  term(
    '电梯困人',
    /电梯[^,。!?;]{0,8}困(?:人|住|了)|困在电梯|被困电梯|关在电梯|电梯[^,。!?;]{0,6}(?:卡住|出不来)/,
    'urgent',
  ),
  term(
    '井盖缺失',
    /井盖[^,。!?;]{0,6}(?:丢|没了|没有了|不见|被偷|缺失|破|碎|塌|翻)|没有井盖|(?:丢|缺)了?井盖/,
    'urgent',
  ),
  term('路面塌陷', /(?:路面|地面|马路|道路|人行道)[^,。!?;]{0,6}(?:塌陷|坍塌|塌了|下陷|大坑)|塌陷/, 'urgent'),
  term(
    '水管爆裂',
    /水管[^,。!?;]{0,4}(?:爆|裂|崩)|爆管|跑水|(?:家里|屋里|楼道)[^,。!?;]{0,4}(?:进水|被淹|淹了)|大量漏水/,
    'urgent',
  ),
  term(
    '电线隐患',
    /电线[^,。!?;]{0,6}(?:掉|断|垂|裸露|冒火|打火)|电线杆[^,。!?;]{0,4}(?:倒|歪)|高压线[^,。!?;]{0,4}(?:掉|断)/,
    'urgent',
  ),
  term(
    '倒塌风险',
    /(?:树|大树|广告牌|围墙|墙|脚手架)[^,。!?;]{0,6}(?:倒了|倒下|砸|要倒|快倒)|高空坠物|(?:房子|房屋|墙体)[^,。!?;]{0,6}(?:要塌|快塌|倒塌)|(?:要|快)塌了/,
    'urgent',
  ),
  term(
    '老人无人照料',
    /(?:独居|孤寡|空巢|孤身)[^。!?;]{0,10}(?:无人照|没人照|没人管|无人管|生病|病倒|几天没|联系不上|行动不便)|(?:老人|老太太|老大爷)[^,。!?;]{0,8}(?:无人照料|没人照顾|几天没出门|联系不上)/,
    'urgent',
  ),
  // Said in despair far more often than as a plan, but a person should read it today.
  term('轻生念头', /不想活了|活不下去了?|不如死了/, 'urgent'),
  term(
    '人员走失',
    /(?:老人|孩子|小孩|儿子|女儿|母亲|父亲|妈妈|爸爸|奶奶|爷爷|姥姥|姥爷)[^,。!?;]{0,6}走失|走丢了|找不到(?:孩子|老人|家)/,
    'urgent',
  ),
  term('停暖', /停暖|不供暖|没有?暖气|暖气不热|暖气不供|暖气停|供暖中断|家里(?:太|很|特别)?冷/, 'urgent', {
    winterOnly: true,
  }),
  term('停水停电', /停水|停电|断水|断电|没水了|没电了|停气/, 'urgent', { winterOnly: true }),
]

/**
 * Words earlier in the same clause that put a term in the past, a hypothesis, prevention, a habit
 * or a figure of speech ("臭得差点晕倒").
 */
export const BLOCK_BEFORE =
  /上次|上回|之前|以前|去年|前年|曾经|当年|那次|那年|上个月|上周|上星期|前几天|前些天|几天前|几年前|多年前|年前|月前|历史上|过去|昨天|前天|如果|万一|假如|假设|一旦|若是|要是|倘若|防止|预防|避免|以防|防范|以免|容易|可能(?!是)|会不会|担心|害怕|生怕|(?<!可)怕(?!是)|消防|隐患|演练|演习|宣传|知识|安全教育|培训|模拟|新闻|报道|电视上|杜绝|禁止|严禁|不得|天天|每天|每晚|经常|总是|长期|常年|时常|每次|每逢|差点|险些|几乎|熏得|呛得|臭得|吵得|气得|累得|热得|让人|令人|使人|计划|预计|通知|导致|造成|引起|引发/
/** A negation right before the term ("没有着火", "并未发生火灾", "防溺水"). */
export const NEGATED_BEFORE = /(?:没有|没|不是|并非|并未|未|无|不会|不再|不|防)(?:发生|出现|有)?$/
/** Words right after a term that make it a topic rather than an event ("火灾隐患", "燃气泄漏报警器"). */
export const BLOCK_AFTER =
  /^(?:过|隐患|宣传|演练|演习|预防|知识|通道|的事|那件事|事件|事故调查|事故处理|调查|检查|报警器|报警装置|探测器|设施|器材|培训|预案|风险|危险|安全|防范|教育|整改|之后|以后|后来|赔偿|补偿|保险|险|的可能|的危险|的隐患|通知|公告|史|时(?!间)|的时候)/
/** Signs in the same clause that a `needsPresent` term is happening now. */
export const PRESENT =
  /正在|现在|快(?:来|点|救|报警|打)|赶紧|马上|救命|!|还在|刚刚|刚才|此刻|立即|赶快|紧急(?!情况)|突发|突然/
/**
 * In a long written narrative (a petition retelling last year's events) only these count as "now";
 * short chat messages are where live emergencies arrive.
 */
export const PRESENT_STRICT = /正在|现在|还在|此刻|目前|快来|赶快|救命(?!钱)|!/
/** Text after a term (same clause) that makes it a what-if: "更是不堪设想". */
export const HYPOTHETICAL_AFTER = /^[^,。!?;]{0,8}(?:不堪设想|后果严重|的后果)/
