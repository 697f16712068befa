/** Fire, gas, explosions and people trapped or buried: the citizen is told to call 119 first. */
import { HAZARD_CONTEXT, NOW_SUFFIX, PERSON, term, type UrgencyTerm } from './UrgencyTerm.js'

/** Chimneys, exhausts, barbecues and burning rubbish: smoke there is a pollution complaint. */
const SMOKE_POLLUTION = /烟囱|烟筒|排气|排放|工厂|厂房|锅炉|尾气|油烟|烧烤|焚烧|烧垃圾|秸秆|餐馆|饭店|饭馆|垃圾|车/

/** Smoke from a burnt pot: the kitchen alarm, not a fire (a pan that catches fire is 着火). */
const BURNT_POT = new RegExp(`${SMOKE_POLLUTION.source}|烧糊|糊了|糊锅|煳|做饭|炒菜|做菜|锅里`)

const GAS = '(?:燃气|煤气|天然气|液化气|液化石油气|瓦斯|煤气罐|气罐|燃气管道?|燃气灶|燃气表)'

export const FIRE_TERMS: readonly UrgencyTerm[] = [
  term(
    '燃气泄漏',
    new RegExp(`${GAS}[^,。!?;]{0,6}(?:泄漏|泄露|漏气|外泄|漏了|挖断|挖破|破裂|断裂|往外冒|冒气)`),
    'emergency',
    // A check for leaks ("有人敲门说要查煤气泄漏") is not a leak.
    {
      hotline: '119',
      excludeBefore: /(?:查|检查|检测|排查|安检|测)$/,
      excludeNear: /(?:上门|入户)(?:检查|安检)|检查漏气|查漏|要收费|收费吗|骗子/,
    },
  ),
  term('燃气泄漏', /漏(?:煤气|燃气|天然气|液化气)/, 'emergency', { hotline: '119' }),
  term(
    '燃气泄漏',
    /(?:闻到|有|一股|好大|很大|很重|好重|很浓|好浓|冒出|浓烈?的?)[^,。!?;]{0,4}(?:煤气|燃气|天然气|液化气|瓦斯)味/,
    'emergency',
    {
      hotline: '119',
      // A smell that has lasted for months beside a grill's exhaust is a pollution complaint.
      excludeNear: /持续(?:了)?[^,。!?;]{0,4}(?:年|个月)|小半年|好几个月|排烟口|油烟味/,
    },
  ),
  term(
    '燃气泄漏',
    /(?:煤气|燃气|天然气|液化气|瓦斯)味道?(?:很|特别|非常|好|太|越来越|老)?(?:大|浓|重|刺鼻)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '着火',
    /着火|起火|着了火|起了火|自燃|冒(?:出)?(?:了)?火(?:来|了|苗|焰|光)|(?<!损)失火|烧起来|火烧起来|着大火|起大火|大火(?:烧|蔓延|着)|火势|火苗窜|有明火|(?:看到|看见|出现|冒|窜出|蹿出)(?:了)?明火|往外冒火|窗户[^,。!?;]{0,4}冒火|有火光|冒火光|火光冲天|扑不灭/,
    'emergency',
    {
      hotline: '119',
      // Anger told as a fire inside (心里火都要烧起来了); an engine started (车一直打着火).
      excludeBefore:
        /(?:心里|心头|肚子里?|胸中|怒)的?火|火气|气得|急得|辣得|热得|晒得|嘴(?:巴)?都|整个人(?:都)?(?:要|快)?$|打$/,
      // Put out at once and told afterwards ("油锅起火，我拿锅盖一盖就灭了").
      excludeNear: /(?:一盖|一浇|一扑)?就灭了|已经(?:被)?(?:扑)?灭了|早就灭了|(?:盖|浇|扑|踩|吹)灭了|人没事/,
    },
  ),
  term(
    '室内浓烟',
    /(?:全是|都是|满是)[黑浓白灰]?(?:的)?烟|满屋子?(?:都是)?烟|烟雾很大|(?:楼道|屋里|家里|房间|楼上|楼下|厨房|邻居家|窗户|窗口|门缝|门底下)(?:(?!烧烤|油|饭店|餐馆|排气)[^,。!?;]){0,6}(?:冒|(?<!没)有|出|往外|喷|涌|窜)(?:(?!油)[^,。!?;]){0,4}烟(?!囱|筒|味|头|酒|花)/,
    'emergency',
    {
      hotline: '119',
      excludeBefore: BURNT_POT,
      // A burnt pot told clauses earlier, or smoke already gone ("…锅烧糊了，满屋子烟，烟也散完了").
      // An appliance that smoked for a moment ("电视机炸咯 冒了一阵烟…人冇事") is a repair.
      excludeNear: /烧糊|糊了|糊锅|煳|烟(?:也|都)?散(?:完|了|掉|光)|一阵烟|人没事|炒个|炒菜|做饭/,
    },
  ),
  // Smoke is mostly a pollution complaint (烟囱冒黑烟, 焚烧垃圾浓烟滚滚): a fire only when it is happening now.
  term('冒烟', /冒(?:出|着)?[^,。!?;]{0,4}烟(?!囱|筒|味)|浓烟/, 'emergency', {
    hotline: '119',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
    // "服务器都要冒烟了", "脑子快冒烟了": worked hard, not alight.
    excludeBefore: new RegExp(`${BURNT_POT.source}|(?:服务器|电脑|主机|cpu|显卡|脑子|脑袋|嗓子|喉咙)[^,。!?;]{0,3}$`),
    // Steam from a laundry's vent ("楼顶在冒白烟，问了是洗衣房的蒸汽排风口").
    excludeNear: /蒸汽|水汽|排风口|正常吗/,
  }),
  // Sparks and a burning smell are an electrical fire starting; a line merely hanging low is urgent (below).
  term(
    '电火花',
    /冒火花|火花四溅|打火花|有火星|冒火星|烧焦(?:的)?味|(?:电线|电箱|配电箱|插座|电瓶)[^,。!?;]{0,4}(?:冒火|烧着|烧起)/,
    'emergency',
    // Someone down after touching it is an electric shock (触电, 120) before it is a fire.
    { hotline: '119', excludeNear: /摸上去|摸到|摸了|碰到|碰了|触电|电到|电倒/ },
  ),
  term('火灾', /(?:发生)?火灾|火情|失了火/, 'emergency', {
    hotline: '119',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
  }),
  // An explosion someone reports is happening or just happened; the figures of speech are excluded.
  term(
    '爆炸',
    /爆炸|发生爆燃|爆燃|(?:煤气罐|液化气罐|气罐|锅炉|热水器|高压锅|电瓶|电池)[^,。!?;]{0,2}(?:爆了|炸了)/,
    'emergency',
    {
      hotline: '119',
      // "黄牛加价加到爆炸" and "火得爆炸" are figures of speech; "听到爆炸" is not.
      excludeBefore:
        /信息|知识|人口|数据|流量|票房|消息|原地|(?<!马上|随时|快要|就要)会$|(?<![听看见])到$|得$|(?:头|脑袋|脑子|头壳|肺|心态)(?:都|强|快|要|欲)*$/,
      // "手机电池爆了能换吗" asks about a repair.
      // 爆炸鱿鱼, 爆炸头: dishes and hairstyles.
      excludeAfter:
        /^(?:性|式|头|新闻|事故|的|能|吗|怎么|鱿鱼|虾|鸡|薯|糖|串|款|装|辣|汁|丸|盐|烫|毛肚|肥牛|牛肉|肉|饭|面|牛蛙|鱼)/,
    },
  ),
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
  // Water up to the waist now is a rescue; "一下雨就淹到腰" is a drainage complaint.
  term('水深被困', /水[^,。!?;]{0,3}(?:淹|漫)到(?:了)?(?:腰|胸|脖子|车窗|车顶)/, 'emergency', {
    hotline: '119',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
  }),
  // Collapses and floods that bury, trap or sweep people away: rescue is 119's.
  term(
    '有人被压埋冲走',
    /(?:压住|压着|砸中|砸到|埋住|埋了)[^,。!?;]{0,5}(?:人|工人|孩子|老人|行人|奶奶|爷爷|老太太|老大爷|妈妈|爸爸|母亲|父亲|儿子|女儿|邻居)|人还在(?:下面|底下|废墟)|(?:人|工人|孩子|老人|行人)[^,。!?;]{0,4}被(?:压|埋|砸)|被(?:洪水|大水|水|浪|海浪|急流)?(?:冲|卷)(?:走|着走|下去|远|出去)|被(?:水)?冲到[^,。!?;]{0,4}(?:下游|河中间|江心)|越漂越远|(?:塌|倒)了?[^。!?;]{0,6}(?:下面|里面|底下)有人/,
    'emergency',
    // Something falling on a head ("掉下来一个花盆砸到一个老太太头上") is an injury, 120's.
    { hotline: '119', excludeNear: /花盆|高空坠物|掉下来一个|砸到[^,。!?;]{0,8}头上/ },
  ),
  term(
    '有人被困',
    /(?:有人|人|孩子|老人|小孩)[^,。!?;]{0,4}被困(?:在)?(?:火|屋|楼|房间|水|车|井|坑|洞|下水道)|(?:我|我们|家人)[^,。!?;]{0,2}被困(?:在)?(?:家里|屋里|楼里|车里|车库|地下|山上|水里|里面|房间)|被困(?:在)?火|有人被困|人被困住|(?:人|孩子|老人|小孩)[^,。!?;]{0,6}(?:困在|卡在|还在)(?:车|水|火|屋|房|井|坑)[^,。!?;]{0,3}出不来|(?:卡|困|锁|关)在(?:车|井|坑|洞)里|(?:卡|困|夹)在(?!电梯)[^,。!?;]{1,6}出不来|还有人(?:没|没有)(?:出来|逃出来|救出来)|人还在(?:里面|火里|楼里)/,
    'emergency',
    {
      hotline: '119',
      // Someone stuck in a lift with no injury is urgent, not an emergency (see 电梯困人 below).
      // "有人把我锁在车里 不知道要开去哪" is an abduction (110); a child left shut in a car is 119's.
      excludeBefore: /电梯|把我$|我被[^,。!?;]{0,6}$/,
      excludeAfter: /^(?:在)?电梯/,
      // A game character, a robot vacuum, a toy ("扫地机器人卡在沙发底下出不来"); burglars still inside a flat.
      excludeNear: /游戏|副本|角色|机器人|玩偶|玩具|扫地机|撬|小偷|贼|盗|监控|溜进|闯进/,
    },
  ),
  term('电梯坠落', /(?:电梯|直梯|货梯)[^,。!?;]{0,6}(?:下坠|坠落|掉下去|冲顶|蹲底|滑到底|滑下去|掉到底)/, 'emergency', {
    hotline: '119',
  }),
  term(
    '电梯困人且有人不适',
    /电梯[^。!?;]{0,20}(?:晕|不舒服|喘不上|呼吸困难|(?<!没人|没有人|无人|没)受伤|孕妇|哭|心脏|好闷|很闷|闷得|憋得)|(?:晕|不舒服|呼吸困难|受伤|孕妇)[^。!?;]{0,20}困在电梯/,
    'emergency',
    { hotline: '119' },
  ),
  // The odorant added to town gas smells of rotten eggs; a hissing meter or pipe is gas escaping.
  term(
    '燃气泄漏',
    /臭鸡蛋(?:的)?(?:味|气味)|(?:燃气|煤气|天然气|液化气|气表|燃气表|管道|管子|阀门)[^,。!?;]{0,6}嘶嘶/,
    'emergency',
    {
      hotline: '119',
      // Sewage smells of rotten eggs too: "燃气公司来测过了说不是燃气，是化粪池满了".
      excludeNear: /(?<!是)不是(?:燃气|煤气|天然气)|化粪池|下水道|粪坑/,
      excludeAfter: /^[^,。!?;]{0,6}(?:正常|是否)/,
    },
  ),
  term('电线落水', /电线[^,。!?;]{0,6}(?:积水|水里|水中)/, 'emergency', {
    hotline: '119',
    needsPresent: true,
    fallback: 'urgent',
  }),
  term(
    '有人被压埋冲走',
    /砸伤(?:了)?[^,。!?;]{0,2}(?:人|路人|行人|孩子|老人)|(?:有人|人|孩子|小孩|老人|工人)[^,。!?;]{0,4}掉(?:进|到)?(?:去|坑里|井里|洞里)了/,
    'emergency',
    // Through ice or into a pond is a person in the water (溺水, 110).
    { hotline: '119', excludeBefore: /冰|水|河|湖|塘|江|海/ },
  ),
  // Anyone shut in anywhere but a lift (a chest freezer, a shaft): a lift has its own urgent term.
  term('有人被困', /(?:有人|人|孩子|小孩|老人)[^,。!?;]{0,4}被困(?!在?电梯)/, 'emergency', {
    hotline: '119',
    excludeBefore: /电梯/,
  }),
  // The general families below were added after a round of unseen messages: a sign that is harmless
  // alone ("还有人", "出不来") counts beside a hazard; fire is also "全是火"; toxic gases leak too.
  term(
    '着火',
    /(?:全是|都是|满是|一片)火(?![车锅腿气热红爆辣])|火海|(?<![肝虚心怒上])火(?:越来越大|很大|好大|特别大|窜)/,
    'emergency',
    {
      hotline: '119',
      excludeBefore: SMOKE_POLLUTION,
    },
  ),
  term(
    '爆炸',
    /(?:充电|电动车|电瓶车|充电宝|锂电池|手机|电池|空调|冰箱|锅炉)[^,。!?;]{0,2}(?:爆了|炸了)/,
    'emergency',
    { hotline: '119', excludeAfter: /^(?:的|没|吗|能|怎么)/ },
  ),
  term(
    '危化品泄漏',
    /(?:氨气|氯气|液氯|液氨|硫化氢|有毒气体|毒气|化学气体|刺激性气体)[^,。!?;]{0,8}(?:泄漏|泄露|漏了|外泄|冒出|跑出来|断裂|断了|破裂|破了|裂了|爆了)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '燃气泄漏',
    /(?:煤气|燃气|天然气|液化气|瓦斯)味道?[^,。!?;]{0,2}(?:很|特别|非常|好|太)?(?:冲|呛|熏人)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '有人被困',
    new RegExp(
      `(?:里面|里头|车里|屋里|楼里|房里|家里|水里|下面|底下|楼上)[^,。!?;]{0,2}还有(?:个|一个|几个|好几个)?(?:人|${PERSON})|${PERSON}[^,。!?;的]{0,4}(?:没(?:有)?(?:出来|逃出来|救出来|跑出来)|出不来)`,
    ),
    'emergency',
    { hotline: '119', needsContext: HAZARD_CONTEXT, excludeBefore: /电梯/, requires: /还有|出来|出不来/ },
  ),
  term('有人被困', /困在[^,。!?;]{0,8}(?:下不去|出不去|出不来|下不来|走不了)/, 'emergency', {
    hotline: '119',
    excludeBefore: /电梯/,
    excludeAfter: /^(?:在)?电梯/,
    // "困在这个破工作里三年出不去了": a job, not a room.
    excludeNear: /工作|加班|婚姻|仲裁|公司/,
  }),
  // Someone fallen from a height or down a shaft is hurt first (坠楼 is 120 too); by water it is a drowning (110).
  term('有人坠落', new RegExp(`${PERSON}[^,。!?;的把]{0,4}掉(?:下去|进去|下来|到下面)了`), 'emergency', {
    hotline: '120',
    requires: /掉/,
    excludeBefore: /河|湖|江|水|池|塘|海|船|轮|渡|甲板/,
  }),
  term(
    '着火',
    /着起来了|(?<!热情|斗志|激情|希望|战火|小宇宙)燃起来了|烧着了|火苗(?:子)?(?:都|已经|一下)?(?:老高|很高|好高|一人多高|[一两三四五几\d]+米(?:多)?高|窜|蹿|往上|往外)/,
    'emergency',
    {
      hotline: '119',
      excludeBefore: /烧烤|焚烧|烧垃圾|秸秆|锅炉|炉子|灶|蜡烛|打火机/,
      // "把锅烧着了，火苗窜老高…还好盖上锅盖就灭了": told once it was out; "全场燃起来了" is a crowd.
      excludeNear:
        /(?:一盖|一浇|一扑)?就灭了|已经(?:被)?(?:扑)?灭了|早就灭了|(?:盖|浇|扑|踩|吹)灭了|总决赛|比赛|决赛|演唱会|气氛|全场/,
    },
  ),
  // Gas named and its smell a few words on; or someone afraid to touch a switch: gas in the air.
  term(
    '燃气泄漏',
    new RegExp(
      `${GAS}(?:那边|那儿|这边|附近|旁边|周围|那里|那块)[^,。!?;]{0,6}(?:(?:味道?|气味)[^,。!?;]{0,2}(?:很|特别|非常|好|太)?(?:大|浓|重|刺鼻|冲)|(?:浓|重|冲|刺鼻|大)的?(?:味道?|气味))|不敢(?:开灯|开电|打火|点火|开开关|按开关|开电器)`,
    ),
    'emergency',
    { hotline: '119' },
  ),
  // Round 12 (unseen, 7 of 15 missed): fire told by its verb, impacts and limbs under a weight, a
  // head or limb stuck fast.
  term(
    '着火',
    /(?:蹿|窜|喷|冒)(?:出|起)?(?:一团|一股|一大团)?火(?:了|苗|来)|火(?:蹿|窜)(?:上来|起来|出来)/,
    'emergency',
    {
      hotline: '119',
      excludeBefore: /烧烤|焚烧|烧垃圾|秸秆|锅炉|炉子|灶|蜡烛|打火机|气得|眼睛/,
    },
  ),
  term(
    '有人被压埋冲走',
    /砸(?:着|倒|伤)了?(?:人|人了)|(?:塌|倒)下来了?[^。!?;]{0,6}(?:砸|压|埋)|(?:腿|脚|手|胳膊|身子|人|头)[^,。!?;]{0,2}(?:压|卡|夹)在[^,。!?;]{0,6}(?:底下|下面|下边|中间|里)/,
    'emergency',
    // A hand caught in a machine's rollers is a limb in a machine (120), not a burial.
    { hotline: '119', excludeBefore: /电梯|机|辊|滚筒|皮带/ },
  ),
  term(
    '有人被困',
    /(?:头|手|脚|腿|胳膊|身子)[^,。!?;]{0,2}(?:卡|夹)(?:在|住|进|到)[^,。!?;]{0,16}(?:拔不出来|出不来|抽不出来|拿不出来)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  // Round 13 (60 unseen messages, 20 missed before these families): a thing "着了" is burning; people
  // still inside beside smoke; fumes that make people cough and run; a hillside fire coming this way; a
  // pit or cellar where the rescuer is overcome too; a house cut off by rising water; a body under a
  // fallen wall or earth.
  term(
    '着火',
    /(?:车|电动车|电瓶车|摩托车|房子|屋子|屋|厨房|仓库|柴火|草垛|柴垛|被子|沙发|窗帘|电线|插座|充电器|插排|插线板|锅|油锅|楼道|阳台)(?:也|又|突然|自己)?着了(?!凉)/,
    'emergency',
    { hotline: '119', excludeBefore: /冻|睡|急|别|不|饿|看/ },
  ),
  term(
    '有人被困',
    new RegExp(
      `(?:里面|里头|屋里|楼里|楼上|房里|车间|仓库里?|上面)[^,。!?;]{0,3}还有[^,。!?;]{0,2}(?:[一二两三四五六七八九十几\\d]+)(?:个|位|名)?[^,。!?;]{0,2}(?:师傅|员工|住户|${PERSON})`,
    ),
    'emergency',
    { hotline: '119', needsContext: /火|烟|塌|淹|水|毒|气味|味道/, requires: /还有/ },
  ),
  term(
    '危化品泄漏',
    /(?:刺鼻|呛人|呛鼻|怪味|异味|化学味|毒气|气味)(?:(?!导致|造成|熏天|每天|长期|影响|污染|令人|让人)[^。!?;]){0,16}(?:睁不开|喘不上|喘不过|晕倒了|往外跑|跑出来|熏倒|咳嗽|流眼泪|咳个不停|眼睛疼|眼睛痛|趴在桌上|趴下)/,
    'emergency',
    // Only acute effects (people running out, eyes that will not open): a factory's or a drain's fumes
    // that give headaches every day are a pollution complaint.
    { hotline: '119', excludeBefore: /垃圾|油烟|烧烤|厕所|下水道|臭水|河|沟|排放|污染/ },
  ),
  term(
    '山火',
    /(?:山上|山头|山里|山坡|林子|树林|竹林|林场|林地|草场|荒山|对面山)[^。!?;]{0,8}(?:红了一?(?:大)?片|一片红|火光|红光|冒烟|起烟|着了|烧起来)/,
    'emergency',
    { hotline: '119', needsContext: /烟|火|烧/ },
  ),
  term(
    '有人被困',
    /(?:窖|井|池|罐|坑|洞|地窖|化粪池|污水池|沼气池|粪池)[^。!?;]{0,16}(?:上不来|没动静|没声音|喊不应|没反应|晕了|晕倒|头晕)/,
    'emergency',
    { hotline: '119', needsContext: /掉|下去|下到|进去|爬下/ },
  ),
  term(
    '洪水围困',
    /被(?:大)?水(?:围|困)住?了?|水[^,。!?;]{0,3}(?:漫|淹|涨)到(?:了)?[一二三四五\d]楼|(?:爬|躲|困)(?:到|在)(?:了)?(?:楼顶|屋顶|房顶|树上|桌子上|柜子上)|(?:水|洪水)(?:还在|一直|越来越|不停地?)(?:一点点|慢慢)?(?:涨|往上涨|往上漫)|(?:发大水|涨大水)了/,
    'emergency',
    { hotline: '119', needsContext: /家|屋|房|楼|村|人|出不去|走不了|救|困|高台|洞|出口/ },
  ),
  term(
    '有人被压埋冲走',
    new RegExp(
      `${PERSON}[^,。!?;]{0,3}(?:压|埋|砸)在(?:了)?[^,。!?;]{0,4}(?:底下|下面|下边|里面|里头)|被(?:土|泥|泥土|砖|砖头|石头|沙|沙子|废墟|塌方|料|煤|粮食|沙石|矿渣)[^,。!?;]{0,2}(?:埋|压)(?:住|了|着|到)`,
    ),
    'emergency',
    // A chest "像被石头压住" is a symptom told as a simile.
    { hotline: '119', requires: /压|埋|砸/, excludeBefore: /(?:好)?像$|仿佛$/ },
  ),
  // Round 14 (45 unseen messages, 20 missed after round 13's families): a bang and shattered glass; a
  // collapse that leaves people unable to get down; earth or a wall "压到人"; a child down an open
  // shaft.
  term('爆炸', /(?:轰|砰|嘭|咣|轰隆)的?一声|一声(?:巨响|闷响)|巨响/, 'emergency', {
    hotline: '119',
    needsContext: /烟|火|碎|震|塌|炸|倒|喷|白汽|蒸汽|在里面(?:喊|叫)|有人在叫|掀|没出来|掉下来|晃|灰|黑了|煤气|燃气|躺/,
    // A water heater that bangs whenever it is lit is a repair ("一打火就砰一声").
    excludeNear: /一(?:打火|点火)就|打火的时候|点火时|每次/,
  }),
  term(
    '有人被困',
    /(?:还有|有)[^,。!?;]{0,8}(?:一家人|一家|人|老人|孩子)[^,。!?;]{0,3}(?:下不来|下不去|出不去|出不来|困在|走不了|动不了|跑不了)/,
    'emergency',
    { hotline: '119', needsContext: /倒下来|倒塌|塌|断了|火|烟|水|淹/, excludeBefore: /电梯/ },
  ),
  term(
    '有人被压埋冲走',
    /(?:压|砸|埋)到(?:了)?(?:人|工人|工友|孩子|老人)|把[^,。!?;]{0,6}(?:人|人家|户)[^,。!?;]{0,2}埋了/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '有人坠落',
    new RegExp(`${PERSON}[^,。!?;]{0,3}掉(?:进|到|下)?[^,。!?;]{0,10}(?:井|坑|洞|孔|窨井|枯井|机井|竖井|深沟)里?`),
    'emergency',
    // A septic tank or a sewer is a drowning (溺水, 110), a dry shaft a rescue.
    { hotline: '119', requires: /掉/ },
  ),
  // Round 15 (45 unseen messages written after round 14's change: 13 missed): a charging battery that
  // 着了, a door handle too hot to touch, a car door that will not open under water.
  term(
    '着火',
    /(?:充电|电瓶|电池|插头|插座)[^,。!?;]{0,4}着了|门(?:把手|把)?[^,。!?;]{0,3}(?:烫手|是烫的|发烫|滚烫|烫得)|门把手(?:好|很|特别)热/,
    'emergency',
    {
      hotline: '119',
      needsContext: /烟|火|烧|着了/,
    },
  ),
  term(
    '有人被困',
    /车门(?:推|打|拉)不开|(?:(?<!电瓶|电动|单|自行|三轮|摩托)车|车里)[^,。!?;]{0,4}(?:还坐着|还有)人/,
    'emergency',
    {
      hotline: '119',
      needsContext: /水|淹|火|烟|翻/,
    },
  ),
  // Round 16 (45 unseen messages written after round 15's change: 10 missed): smoke pouring into a
  // home; someone stuck in a driver's seat.
  term('室内浓烟', /烟[^,。!?;]{0,8}往(?:我家|家里|屋里|里|房间里?)(?:灌|冒|进|钻|涌)/, 'emergency', {
    hotline: '119',
  }),
  term('有人被困', /(?:卡|困|夹)在(?:驾驶座|驾驶室|副驾驶?|车里|车内|座位)/, 'emergency', {
    hotline: '119',
    needsContext: /翻|撞|冒烟|火|水|打不开|出不来/,
  }),
  // Round 17 (45 unseen messages written after round 16's change: 10 missed): crackling and bursting
  // glass beside smoke; a burnt smell where there is wiring.
  term('着火', /噼里啪啦|劈里啪啦|噼噼啪啪|玻璃[^,。!?;]{0,3}(?:崩|炸|爆)(?:了|开)/, 'emergency', {
    hotline: '119',
    needsContext: /冒烟|浓烟|黑烟|滚滚|烧|火|焦|配电|电箱|电表箱|电闸|呛|黑的|红光/,
    excludeBefore: /鞭炮|炮仗|烟花|炒|油锅|烧烤/,
  }),
  term('电火花', /焦糊味|糊味|焦味/, 'emergency', {
    hotline: '119',
    needsContext: /电梯|电线|插座|电箱|配电|灯一闪|闪|冒烟|火花|充电|黑灰|烟灰|拍窗|突然/,
    excludeBefore: /炒|锅|饭|菜|烤/,
  }),
  // Round 18: cut off by smoke or a hot door; someone still inside a collapse; a lift stopped between
  // floors with a child or an old person in it, or for half an hour with nobody answering (otherwise
  // a lift with people in it is urgent: 电梯困人).
  term('有人被困', /出不去了|下不去了|逃不出去|跑不出去/, 'emergency', {
    hotline: '119',
    needsContext: /浓烟|黑烟|一股烟|烟往|烟从|着火|起火|火苗|火光|烫的|烧着/,
  }),
  term('有人被困', new RegExp(`${PERSON}[^,。!?;]{0,4}还在(?:里头|里面|下面|底下|屋里|楼上|废墟)`), 'emergency', {
    hotline: '119',
    needsContext: HAZARD_CONTEXT,
    excludeBefore: /电梯/,
    requires: /还在/,
  }),
  term(
    '电梯困人且有人不适',
    /(?:电梯|货梯|客梯|[\d一二三四五六七八九]号梯)[^,。!?;]{0,12}(?:困住了|困人了|困了人|卡住了|停住了|不动了|(?:之间|中间)停(?:运|住|了)|(?:卡|困)(?:在)?[^,。!?;]{0,10}(?:中间|之间)|卡在(?:了)?[一二三四五六七八九十\d]+楼|停在[^,。!?;]{0,10}(?:中间|之间))|(?:困|关|卡)在(?:[^,。!?;]{0,4})?电梯(?:里)?|轿厢(?:内|里)[^,。!?;]{0,12}被困/,
    'emergency',
    {
      hotline: '119',
      needsContext:
        /烟|火|老人|老太|老爷子|老奶奶|老太太|大爷|大妈|奶奶|爷爷|阿婆|阿公|轮椅|残疾|瘫痪|盲人|[七八九]十多|孩子|小孩|男孩|女孩|孙子|孙女|外孙|娃|[一二三四五六七八九\d]岁|孕妇|婴儿|宝宝|半个?(?:多)?小时|一个(?:多)?小时|已经[二三四五六七八九十]+分钟|很久|没人(?:应|理|管|接)|女儿|儿子|学生|水|警铃/,
    },
  ),
  // Rounds 19 and 20 (90 unseen messages, 24 missed): a child shut in a car in the sun; a crane
  // swaying with its driver up there; a car down a sinkhole; someone pinned under bricks once a wall
  // has come down, or buried to the chest.
  term(
    '有人被困',
    /(?:车里|车内|车上|后座|副驾)[^,。!?;]{0,2}(?:锁|关|反锁)着[^,。!?;]{0,8}(?:娃|孩子|小孩|宝宝|婴儿|儿童|小朋友|老人)/,
    'emergency',
    { hotline: '119', needsContext: /晒|热|闷|哭|汗|通红|发紫|喘|没动静|叫不醒|车主/ },
  ),
  term(
    '高空险情',
    /(?:塔吊|吊车|吊臂|脚手架)[^,。!?;]{0,6}(?:晃得|晃动|摇晃|摇摇晃晃|歪了|倾斜|要倒|快倒)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /(?:上面|上头|驾驶室|里面)(?:还)?(?:有|坐着)人|钢丝绳[^,。!?;]{0,4}(?:断|崩)|人在上面/,
    },
  ),
  term(
    '有人被困',
    /(?:车|车子|轿车|网约车|出租车|汽车|电动车)[^,。!?;]{0,4}(?:掉|陷|栽|翻)(?:进|到|入)(?:了)?(?:去|坑|洞|河|沟|水)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /司机|人还|还在里面|里面有人|拍窗|出不来/,
    },
  ),
  term(
    '有人被压埋冲走',
    /(?:压|埋)在(?:了)?(?:(?:砖头|砖|石头|土|墙|废墟|瓦|预制板|水泥板|房梁|大梁|柜子)[^,。!?;]{0,3})?(?:底下|下面|下边|里)|被(?:压|埋|砸)(?:着|住|到)了|埋(?:到|住|了)(?:了)?(?:胸口|胸|腰|脖子|肩膀|半截|大半)/,
    'emergency',
    { hotline: '119', needsContext: /塌|倒|垮|土|砖|墙/, excludeBefore: /车|东西|货|菜|花/ },
  ),
  term(
    '室内浓烟',
    /(?:门缝|门底下|窗户|窗口|楼道|屋里|房间)[^,。!?;]{0,6}(?:黑烟|浓烟|白烟)[^,。!?;]{0,2}(?:冒|往外|涌|窜|喷)/,
    'emergency',
    {
      hotline: '119',
      excludeBefore: BURNT_POT,
    },
  ),
  // Rounds 21 and 22 (90 unseen messages written after round 20's change: 10 and 16 missed): a fire
  // still burning once the extinguisher is empty; a car crushed under a lorry with someone knocking on
  // the glass; smoke drifting in through a window; water at the knees of children alone at home.
  term('着火', /(?:还在|一直在|正在)烧(?!烤|水|饭|菜|香|纸|开|炭)/, 'emergency', {
    hotline: '119',
    needsContext: /火|烟|灭火器|扑不灭/,
    excludeBefore: /烧烤|焚烧|垃圾|秸秆|锅炉|炉子|灶|蜡烛/,
  }),
  term(
    '有人被困',
    /(?:车|轿车|小车)[^,。!?;]{0,2}被(?:压|砸)在(?:了)?(?:下面|底下)|(?:在|一直)拍(?:打)?(?:车)?窗(?:户)?/,
    'emergency',
    {
      hotline: '119',
      needsContext: /翻|压|撞|水|火|烟|卡|里面的人/,
    },
  ),
  term('室内浓烟', /烟(?:从|顺着)[^,。!?;]{0,6}(?:冒|钻|灌|飘|涌)进来/, 'emergency', {
    hotline: '119',
    excludeBefore: BURNT_POT,
  }),
  term(
    '有人被困',
    /(?:[一二两三四五六七八九十几\d]+)(?:个|名|位)[^,。!?;]{0,3}没(?:有)?(?:出来|逃出来|跑出来)/,
    'emergency',
    {
      hotline: '119',
      needsContext: HAZARD_CONTEXT,
      requires: /没(?:有)?(?:出来|逃出来|跑出来)/,
    },
  ),
  term(
    '洪水围困',
    /(?:水|洪水)[^。!?;]{0,10}(?:到|淹到|没过|漫到)(?:了)?(?:我的?)?(?:膝盖|大腿|腰|胸|脖子)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /家里|屋里|出不去|爬到|困住|被困|孩子|妹妹|弟弟|不在家|门缝|车里|打不开|车库|上不来|轮椅|通道/,
      excludeBefore: /一下雨|下雨天|每次|一到|每逢/,
    },
  ),
  // Rounds 23 and 24 (90 unseen messages written after round 22's change: 11 and 10 missed): a child
  // left in a baking bus; smoke with people shouting; a cylinder or tank leaking beside coughing
  // workers.
  term(
    '有人被困',
    /(?:车|车里|车上|后排|后座)[^。!?;]{0,8}(?:还有|有)(?:个|一个)?(?:小)?(?:娃娃|娃|孩子|小孩|宝宝|婴儿|小朋友)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /晒|滚烫|闷|锁门|锁着|关着|不动了|不哭了/,
    },
  ),
  term('冒烟', /冒(?:黑|浓)?烟(?:了)?|黑烟|浓烟/, 'emergency', {
    hotline: '119',
    needsContext: /有人(?:在)?(?:喊|叫|哭)|喊救命|呼救|尖叫|跑出来|出不来/,
  }),
  term('危化品泄漏', /(?:钢瓶|气瓶|储罐|罐体|槽车)[^,。!?;]{0,6}(?:泄漏|泄露|漏气|漏了)/, 'emergency', {
    hotline: '119',
    needsContext: /刺鼻|气体|咳|眼睛|熏|疏散|下风/,
  }),
  // Rounds 27 and 28: a spilled bottle giving off coloured smoke that makes people cough.
  term('危化品泄漏', /冒(?:黄|绿|白|黑)烟|(?:黄|绿)(?:色)?(?:的)?(?:烟|雾|气体)/, 'emergency', {
    hotline: '119',
    needsContext: /咳|刺鼻|眼睛|熏|呛|喘|头晕/,
  }),
  // A lift that just dropped with someone inside; one that "often" slips is a maintenance complaint.
  term(
    '电梯坠落',
    /电梯[^,。!?;]{0,6}(?:往下掉|掉了一截|下滑)|(?:往下|突然)(?:猛)?(?:掉|坠|滑)了一(?:下|截)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /电梯/,
      excludeNear: /经常|频繁|老是|总是|时常|故障|多次/,
    },
  ),
  // Rounds 29 and 30: smoke told before the door it comes under; someone shut in a cold store; a flue
  // glowing red; a mine or a boat taking water; people cut off by rising water or in a car under it;
  // a child down a well told well first; lost on a mountain after dark; chlorine-like gas.
  term(
    '室内浓烟',
    /烟[^,。!?;]{0,4}(?:由|从)(?:门缝|门底下|窗缝|窗户|楼道|屋里)[^,。!?;]{0,4}(?:冒|出|往外|涌|窜|钻)/,
    'emergency',
    {
      hotline: '119',
      excludeNear: /烧烤|油烟|烟囱|抽烟|吸烟|烟味儿?(?:很|太)?(?:大|重)/,
    },
  ),
  term(
    '被困',
    /(?:冷库|冷藏库|冷冻库|冻库|冰库|冷藏车|冷冻车)[^。!?;]{0,16}(?:打不开|出不来|关在里面|困在里面|锁在里面|被关|被锁|被困)|(?:关|锁|困)在(?:了)?[^,。!?;]{0,4}(?:冷库|冷藏库|冷冻库|冻库|冰库|冷藏车)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '着火',
    /(?:烟道|油烟管道?|排烟管道?|管道|管子)[^。!?;]{0,8}(?:蹿|窜|冒|往外)[^,。!?;]{0,3}(?:红光|火苗|火星)|(?:蹿|窜)红光/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('被困', /(?:井下|矿井|矿下|矿上|巷道|坑道)[^,。!?;]{0,6}透水|透水(?:事故)?了/, 'emergency', { hotline: '119' }),
  term(
    '船只遇险',
    /(?:船|渔船|机舱|船舱|轮渡|渡轮)[^,。!?;]{0,8}(?:进水|漏水|往一边歪|歪了|歪得|倾斜|侧翻|要沉|下沉|在沉)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /船上|人|我们|海里|江里|海上|外海/,
      excludeNear: /维修|修理|保养|报销|赔偿|以前|去年|上次/,
    },
  ),
  term(
    '被困',
    /被困(?:在)?[^,。!?;]{0,8}(?:沙洲|江心|河心|孤岛|河滩|洲上|礁石|桥墩)|水(?:已经)?(?:到|没过|漫到|淹到|涨到)(?:了)?(?:车窗|车顶|窗户)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '有人坠落',
    new RegExp(`(?:井|坑|洞|窨井|枯井|机井|竖井|深沟)里?掉(?:进去|下去|进|下)了?[^,。!?;]{0,4}(?:一个|个)?${PERSON}`),
    'emergency',
    { hotline: '119', requires: /掉/ },
  ),
  term(
    '野外遇险',
    /(?:迷(?:了)?路|走岔(?:了)?路|走错(?:了)?路|找不到下山的路)[^。!?;]{0,30}(?:天(?:已经|都|快)?黑|黑透|走不动|出不去|下不来|没电|被困|受伤|崴了|摔伤|动弹不了|动不了|冻)|(?:天黑|走不动|下不来|被困)[^。!?;]{0,30}迷(?:了)?路/,
    'emergency',
    { hotline: '119', needsContext: /山|林子|树林|野外|峡谷|沙漠|荒郊|徒步|驴友|溶洞|无人区/ },
  ),
  term(
    '危化品泄漏',
    /(?:飘|冒|漏|泄|喷|涌)(?:了|出来|出)?[^,。!?;]{0,4}(?:黄绿色|黄色|刺鼻|呛人)的?(?:气|气体|烟|雾)|(?:漂白水|漂白粉|氯气|氨水|氨气|液氨)味/,
    'emergency',
    { hotline: '119', needsContext: /咳|呛|喘|晕|倒|趴|流泪|睁不开/, excludeNear: /游泳池|泳池|消毒柜|打扫|拖地/ },
  ),
  // Rounds 31 and 32: smoke told only as "something black" coming out; people hanging or stuck in mid-air;
  // a boiler past its red line; a pit someone went down and did not come up from; someone pinned under a
  // lift, a tractor or a tree; a head stuck between railings; a valve leaking white mist at a plant.
  term('室内浓烟', /冒(?:出来的是|出来|出)?黑(?:的|东西)|往(?:下|外)冒黑/, 'emergency', {
    hotline: '119',
    needsContext: /吊顶|屋|棚|楼道|灯|挤|呛|味|看不清|噼里啪啦|配电|电箱|出不来|没出来|下不去/,
    excludeNear: /烟囱|排气|尾气|车|排放|污水|河|水/,
  }),
  term('被困', /(?:挂|吊|悬|困|停|卡)在(?:了)?半空/, 'emergency', {
    hotline: '119',
    needsContext: /人|工人|我们|抓着|晃|孩子|缆车|吊篮/,
  }),
  term(
    '爆炸危险',
    /(?:锅炉|压力容器|储罐|罐)[^。!?;]{0,10}(?:超压|压力(?:表)?[^,。!?;]{0,8}(?:红线|爆表|往上走|一直涨))|安全阀[^,。!?;]{0,3}(?:尖叫|狂响|一直响)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '被困',
    /(?:窖|井|池|罐|坑|洞|地窖|化粪池|污水池|沼气池|粪池)[^。!?;]{0,16}(?:没上来|倒在(?:里面|下面|池底))/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '被困',
    /压在(?:了)?(?:[^,。!?;]{0,6}(?:腿上|身上|胸口上?|腰上)|底下|下面|车下|车底|树下)|(?:腿|脚|人|身子)压(?:了)?(?:底下|下面|车下|车底)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /抬不动|拉不出|抽不出|出不来|推不动|喊|哼|翻|倒|塌|掉下来|卡住|卡着|喘气|血/,
    },
  ),
  term(
    '被困',
    /(?:头|脑袋|脖子|手|脚|腿|胳膊)[^,。!?;]{0,2}卡在[^,。!?;]{0,8}(?:栏杆|护栏|铁栏|缝|窗|洞)[^。!?;]{0,10}(?:拔不出|出不来|取不出|抽不出)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '危化品泄漏',
    /(?:阀门|法兰|管道|储罐|罐)[^,。!?;]{0,6}(?:漏|喷|冒)(?:了)?[^。!?;]{0,12}(?:白雾|雾|气|烟)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /化工|储罐|罐区|厂|堵不住|村子|飘|刺鼻|倒/,
    },
  ),
  term('被困', new RegExp(`压着(?:个|一个)?${PERSON}`), 'emergency', {
    hotline: '119',
    needsContext: /推不动|抬不动|拉不出|出不来|喊|哼|树|倒|塌|垮|砸|还在动/,
    requires: /压着/,
  }),
  term('被困', /塌了[^。!?;]{0,16}(?:在里面|埋在|压在)|(?:在里面|埋在)[^。!?;]{0,12}塌了/, 'emergency', {
    hotline: '119',
    needsContext: /出不来|哼|喊|没动静|没声/,
  }),
  // Rounds 33 and 34: someone sunk into grain, sand or mud up to the head.
  term(
    '被困',
    /(?:陷|埋)(?:进|在)(?:了)?[^,。!?;]{0,2}(?:玉米|粮食|粮仓|谷子|稻谷|沙子|沙堆|泥里|淤泥|沼泽)|只露(?:个|出)?(?:头|脑袋)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  // A rescuer who went down after someone and collapsed too: gas in a tank, pit or well.
  term('被困', /(?:下去|进去)(?:救|拉|找)[^,。!?;]{0,6}(?:也|又)(?:倒|晕|没上来|没出来)/, 'emergency', {
    hotline: '119',
  }),
  // Fuel thrown at a door with a lighter in hand (fuel beside a flame is 119's, as 油气遇火).
  term('油气遇火', /(?:汽油|柴油|酒精)[^。!?;]{0,16}泼|泼[^,。!?;]{0,6}(?:汽油|柴油|酒精)/, 'emergency', {
    hotline: '119',
    needsContext: /打火机|点火|火柴|要烧|烧死/,
  }),
  // Round 36: a road cut by a mudslide on both sides with people in the cars.
  term(
    '山洪泥石流',
    /(?:泥石流|山体滑坡|滑坡|塌方|落石|滚石)[^。!?;]{0,20}(?:被困|困住|冲断|还在|车里|往下滚)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /车里|被困|困在|还在|老人|小孩|人/,
      excludeNear: /去年|前年|以前|上次|那次|修复|重建|补偿/,
    },
  ),
  // Round 36: a mine roof come down with men below; a sharp smell from a plant room with people coughing.
  term('被困', /(?:煤窑|煤矿|矿井|井下|巷道|矿上|窑)[^,。!?;]{0,8}(?:冒顶|塌方|塌了)|冒顶了/, 'emergency', {
    hotline: '119',
    needsContext: /没上来|困|人|答应|出不来/,
    excludeNear: /隐患|整改|存在|反映|举报|违规|非法开采/,
  }),
  term('危化品泄漏', /(?:一股|好大)[^,。!?;]{0,6}(?:冲|刺鼻|呛)的?(?:味道|气味|味)/, 'emergency', {
    hotline: '119',
    needsContext: /睁不开|流泪|好几个人[^,。!?;]{0,3}咳|晕倒|倒了/,
    excludeNear: /垃圾|厕所|下水道|化粪|油烟|烧烤|排放|每天|天天|经常|一到晚上|装修|油漆/,
  }),
  // Rounds 37 and 38: a hillside glowing red with smoke blowing to a village; a campfire spreading to dry
  // grass; a gas cylinder hissing with a valve that will not close; smoke crawling in under a door; someone
  // hanging from a hoarding or a tree; a cab crushed round its driver; a person down a lift shaft; a child
  // caught in a gate.
  term(
    '着火',
    /(?:林子|山上|山背后|山头|树林|松林|松毛林|草坡)[^。!?;]{0,8}(?:红彤彤|红红的|一片红|火光)|越烧越(?:大|旺)|烧到[^,。!?;]{0,4}(?:干草|草丛|林子|树林|山上)/,
    'emergency',
    {
      hotline: '119',
      excludeNear: /去年|以前|上次|夕阳|晚霞|枫叶|红叶|秸秆/,
    },
  ),
  term(
    '燃气泄漏',
    new RegExp(`${GAS}[^,。!?;]{0,6}(?:阀门)?(?:拧不上|关不上|关不住|拧不紧)|${GAS}[^,。!?;]{0,12}(?:嗤嗤|呲呲|滋滋)`),
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('室内浓烟', /(?:门缝|门底下|门下面)[^,。!?;]{0,6}(?:钻|往里钻|往里冒|往里灌)[^,。!?;]{0,6}烟/, 'emergency', {
    hotline: '119',
  }),
  term(
    '被困',
    /(?:吊|挂|悬)在[^,。!?;]{0,10}(?:上|外面)[^,。!?;]{0,2}下不来|手(?:快)?(?:抓|扒)不住了|(?:挂|吊)在(?:了)?[^,。!?;]{0,4}树上/,
    'emergency',
    {
      hotline: '119',
      needsContext: /下不来|离地|米|绳|抓不住|楼高/,
      // Someone who climbed out meaning to fall is 110's (轻生), not a rescue.
      excludeNear: /不想活|活着没意思|想死|轻生/,
    },
  ),
  term('被困', /(?:驾驶室|车门|车头|车身)[^,。!?;]{0,4}(?:压扁|变形|挤扁)/, 'emergency', {
    hotline: '119',
    needsContext: /卡在|出不来|打不开|喊|压着/,
  }),
  // A fall down a lift shaft is an injury first, like 坠楼.
  term('有人坠落', /(?:电梯井|竖井|井道)[^。!?;]{0,10}(?:有人|掉下去|摔下去|掉下来)/, 'emergency', { hotline: '120' }),
  term(
    '被困',
    new RegExp(`${PERSON}[^,。!?;]{0,3}卡在[^,。!?;]{0,6}(?:电动门|伸缩门|自动门|旋转门|闸机|两辆车)`),
    'emergency',
    {
      hotline: '119',
      requires: /卡在/,
    },
  ),
  // Rounds 39 and 40: a kayak or raft overturned in fast water; a house on stilts pushed askew by a flood
  // with people at the window; a pressure cooker swelling; people knocking inside a locked lorry; a hot-air
  // balloon coming down; a slope sliding towards houses.
  term('被困', /(?:皮划艇|划艇|船|筏子|竹筏|橡皮艇)[^,。!?;]{0,4}翻了/, 'emergency', {
    hotline: '119',
    needsContext: /卡|急|冲|人|过不去|漂流/,
    excludeNear: /以前|去年|上次|视频|新闻/,
  }),
  term('被困', /(?:房子|楼|吊脚楼|屋|房)[^,。!?;]{0,4}被(?:水|洪水|大水)?冲(?:歪|塌|倒|走)/, 'emergency', {
    hotline: '119',
    needsContext: /上面|还有|人|阿婆|老人|小孩|窗口/,
  }),
  term('爆炸危险', /高压锅[^。!?;]{0,12}(?:鼓|顶|要爆|堵|嘶嘶)/, 'emergency', {
    hotline: '119',
    needsContext: /不敢|火还|阀门|响/,
  }),
  term('被困', /(?:车厢|集装箱|货柜|后备箱|冷藏车)里(?:有人)?[^,。!?;]{0,4}(?:在)?(?:敲|拍|喊)/, 'emergency', {
    hotline: '119',
  }),
  term('被困', /热气球[^,。!?;]{0,6}(?:往下掉|下坠|掉下来|坠落|漏气)/, 'emergency', { hotline: '119' }),
  term('山洪泥石流', /(?:泥巴|泥土|山坡|坡上|土|石头)[^,。!?;]{0,4}(?:在)?往下(?:梭|滑|垮|滚|冲)/, 'emergency', {
    hotline: '119',
    needsContext: /房|墙|屋|人|婆婆|老人|裂/,
  }),
  // Rounds 41 and 42: a lorry of fireworks smoking; someone still inside a smoking home; a child shut in a
  // washing machine.
  term(
    '着火',
    /(?:烟花|爆竹|鞭炮|危化品|油罐|液化气)[^。!?;]{0,10}(?:车|货车|车厢)[^。!?;]{0,6}(?:冒烟|着了|起火)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('有人被困', /里面(?:还)?有(?:个|一个)?[^,。!?;]{0,4}(?:老人|老太|小孩|孩子|人)/, 'emergency', {
    hotline: '119',
    needsContext: /冒[^,。!?;]{0,2}烟|着火|火苗|敲不开|打不开/,
    excludeNear: /以前|上次|去年|烟味|抽烟|吸烟/,
  }),
  term(
    '被困',
    /(?:洗衣机|冰箱|冰柜|柜子|箱子|后备箱)里[^。!?;]{0,10}(?:打不开|没(?:得)?声音|没声了|出不来|关起|关上了)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /孩子|小孩|娃|宝宝|儿子|女儿|爬进/,
    },
  ),
  // Rounds 43 and 44: a battery crackling or smoking; a burst tank or pipe spraying with workers coughing.
  term('着火', /(?:电池|电瓶|电动车|底盘)[^,。!?;]{0,8}(?:噼里啪啦|噼啪|劈啪|啪啪|冒(?:白|黑|青)?烟)/, 'emergency', {
    hotline: '119',
    excludeAfter: /^[^,。!?;]{0,6}(?:怎么|能不能|保修|维修|换)/,
  }),
  term(
    '危化品泄漏',
    /(?:储罐|罐子|罐|管子|管道|阀门|反应釜)[^,。!?;]{0,6}(?:裂|破|爆|漏)[^。!?;]{0,12}(?:喷|冒|往外)/,
    'emergency',
    { hotline: '119', needsContext: /咳|睁不开|呛|晕|倒|喘|刺鼻|熏/ },
  ),
  // Rounds 45 and 46: a hillside or a cave dwelling down with people still inside; people buried by
  // snow, mud or grain with only a hand showing; a car gone into a river and sinking; water up to the
  // roof of a cave; a cold store locked from outside; molten iron spattering.
  term(
    '有人被压埋冲走',
    /(?:塌|垮)(?:了|咧|哒|咯|啦|下来)[^。!?;]{0,20}(?:还在|都在|人在)[^,。!?;]{0,4}(?:里头|里面|里边|屋里|下面|底下)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '有人被压埋冲走',
    /把[^,。!?;]{0,10}(?:埋|压|盖)(?:着|住|在|了)了?|(?:人|个人)[^,。!?;]{0,3}被(?:雪|土|泥|沙|粮食|谷子|玉米)?(?:盖|埋)住了/,
    'emergency',
    { hotline: '119', needsContext: /塌|滑|泥|土|石|砖|墙|垮|雪|粮|谷|玉米/ },
  ),
  term(
    '有人被压埋冲走',
    /只(?:看|见|看得?见|看到|见到|剩|露)(?:出)?[^,。!?;]{0,4}(?:一只|一根|个|一个的|两条)?(?:手|脚|腿|头|脑袋|雪杖|安全帽|帽子)/,
    'emergency',
    // A hand waving from the water is a person in it (溺水, 110).
    {
      hotline: '119',
      needsContext: /埋|盖|塌|滑|压|淹|沉|粮|谷|泥|土|雪/,
      excludeNear: /水面|水里|河里|湖里|海里|扑腾/,
    },
  ),
  term(
    '有人被困',
    /(?:车|面包车|轿车|小车|货车)[^,。!?;]{0,10}(?:冲|栽|掉|翻|开)(?:进|入|到)[^,。!?;]{0,6}(?:河|江|湖|水库|海|塘|沟)|(?:车|车子)[^,。!?;]{0,4}(?:往下沉|在沉|沉下去)|只剩(?:个|一点)?车顶/,
    'emergency',
    // A car shut with people inside; a rider who went in with a bicycle is a person in the water (110).
    { hotline: '119', needsContext: /车顶|车窗|车门|拍窗|司机|车里|车内|后座|沉|底下(?:还)?有人|扒拉/ },
  ),
  term('水深被困', /(?:淹|漫)到(?:了)?(?:顶|洞顶|房顶|屋顶)/, 'emergency', {
    hotline: '119',
    needsContext: /我们|人|学生|还在|被困|出不去|退到|信号/,
  }),
  term(
    '有人被困',
    /(?:冷库|冰库|冷藏库|冷冻库|冷藏室|冷链车|冷藏车|冷柜车)[^。!?;]{0,10}(?:锁上|锁住|锁了|锁死|扣死|扣上|关上|关死|打不开)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /里面|还在|出不去|我们|人/,
    },
  ),
  // 打铁花 throws molten iron on purpose: a folk performance.
  term('爆炸', /(?:铁水|钢水|熔融|铝水)[^,。!?;]{0,6}(?:溅|喷|泼|洒|漏)/, 'emergency', {
    hotline: '119',
    excludeNear: /打铁花|铁花|表演|演出/,
  }),
  term('有人被困', /人还没(?:有)?(?:出来|逃出来|救出来)/, 'emergency', {
    hotline: '119',
    needsContext: HAZARD_CONTEXT,
  }),
  // Rounds 47 and 48: people not out after a blast; burning plastic in a stopped train with people
  // coughing; a cable car stuck with smoke at the wheel; a wreath set alight; a bang that shakes the
  // building.
  term('有人被困', /(?:两个|几个|三个|一个|好几个)[^,。!?;]{0,8}(?:还)?没(?:有)?(?:出来|逃出来|救出来)/, 'emergency', {
    hotline: '119',
    needsContext: HAZARD_CONTEXT,
  }),
  term('着火', /(?:烧塑料|焦糊|烧焦|橡胶|烧电线)(?:的)?味[^。!?;]{0,20}(?:咳|呛|门打不开|出不去|下不去)/, 'emergency', {
    hotline: '119',
  }),
  term('有人被困', /(?:缆车|过山车|摩天轮|大摆锤|游乐设施)[^,。!?;]{0,6}(?:卡|停|不动)/, 'emergency', {
    hotline: '119',
    needsContext: /烟|下不去|下不来|困|焦|火|晃|挂|哭/,
  }),
  term('着火', /把[^,。!?;]{0,6}(?:引着|点着)了/, 'emergency', {
    hotline: '119',
    needsContext: /火苗|房梁|烧起来|烟|蔓延|窜/,
  }),
  term('爆炸', /(?:好大|很大|巨大)(?:的)?一声(?:响)?/, 'emergency', {
    hotline: '119',
    needsContext: /烟|火|碎|震|抖|塌|炸|灰|掀|掉下来|晃/,
  }),
  // Round 48: water rising round people cut off ("困在石台上，水已经到膝盖还在涨"); someone wading in is 轻生.
  term(
    '水深被困',
    /水(?:已经)?(?:到|没到)(?:了)?(?:膝盖|腰|胸|脖子)[^,。!?;]{0,4}(?:还在涨|还在往上|越来越)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /困|出不去|下不去|石台|车里|屋里|涨水/,
    },
  ),
  // Rounds 49 and 50: flames spreading on the ground; someone still inside beside a hissing boiler; a leg
  // pinned under scaffold tubes; people waving from a roof in a flood; thick smoke that stings the eyes;
  // black smoke sweeping over grassland; a climber down a crevasse who cannot climb out.
  term('着火', /(?:火|火苗|火焰)[^,。!?;]{0,4}(?:在)?(?:蔓延|往外烧|烧过来)/, 'emergency', { hotline: '119' }),
  term('有人被困', /还在里面没(?:有)?出来/, 'emergency', { hotline: '119', needsContext: HAZARD_CONTEXT }),
  term('爆炸危险', /压力表[^,。!?;]{0,6}(?:打到头|到头|爆表|红线)/, 'emergency', { hotline: '119' }),
  term(
    '有人被压埋冲走',
    /被[^,。!?;]{0,4}(?:钢管|钢筋|木头|水泥板|石板|预制板|铁架|架子|树)[^,。!?;]{0,2}压(?:住|着)/,
    'emergency',
    { hotline: '119' },
  ),
  term('有人被困', /(?:在|站在|爬到)(?:楼顶|房顶|屋顶)(?:上)?[^,。!?;]{0,6}(?:挥|招手|喊|呼救)/, 'emergency', {
    hotline: '119',
    needsContext: /水|淹|洪|漫/,
  }),
  term('室内浓烟', /烟[^。!?;]{0,8}(?:呛得|熏得)[^,。!?;]{0,4}(?:睁不开|喘不上|受不了)/, 'emergency', {
    hotline: '119',
  }),
  // 浓烟滚滚 is how pollution complaints describe a chimney: only smoke sweeping in with flames counts.
  term('着火', /(?:黑烟|浓烟)[^,。!?;]{0,4}铺天盖地/, 'emergency', {
    hotline: '119',
    needsContext: /火苗|火光|扑过来|烧过来|蔓延|着了/,
  }),
  term('有人被困', /爬不上来|上不来了/, 'emergency', {
    hotline: '119',
    needsContext: /掉|摔|跌|深|井|坑|缝|崖/,
  }),
  // Pinned between a car and a frame, or caught by a lift's doors as it moves: a rescue (119).
  term('有人被困', /(?:卡|夹)在[^,。!?;]{1,8}(?:中间|之间)/, 'emergency', {
    hotline: '119',
    needsContext: /砸|压|塌|倒|变形|喊/,
    excludeBefore: /电梯$/,
  }),
  term('电梯夹人', /电梯[^,。!?;]{0,4}夹(?:住|着)/, 'emergency', { hotline: '119' }),
  // Rounds 51 and 52: the sea of flame from a window (火舌); a basement filling round someone who cannot
  // get out; knocking from under a pulled-down building; a crane's jib on a site hut; a window cleaners'
  // cradle hanging by one rope; a collapse that buried houses with people calling inside; a weight
  // nobody can lift off someone; solvent spilt and someone slumped.
  term('着火', /火舌[^,。!?;]{0,6}(?:喷|窜|冒|舔|往外)/, 'emergency', { hotline: '119' }),
  term('水深被困', /(?:水|积水)[^,。!?;]{0,4}(?:到|淹到|漫到|没过)(?:了)?(?:门把手|窗台|胸口|脖子)/, 'emergency', {
    hotline: '119',
    needsContext: /困|推不开|打不开|出不来|腿脚|老人|孩子|在下面|里面/,
  }),
  term('有人被压埋冲走', /(?:底下|下面|里面|里头)有人在敲/, 'emergency', {
    hotline: '119',
    needsContext: /塌|推|倒|埋|压|垮|砸/,
  }),
  term('有人被压埋冲走', /砸(?:在|到|中)(?:了)?[^,。!?;]{0,6}(?:板房|房子|屋|工棚|宿舍)/, 'emergency', {
    hotline: '119',
    needsContext: /里面|里头|人|工人/,
  }),
  term('高空险情', /吊篮[^,。!?;]{0,8}(?:断|斜|翻|晃|卡)/, 'emergency', { hotline: '119' }),
  term('有人被压埋冲走', /埋了[^,。!?;]{0,6}(?:房子|屋|人|间)/, 'emergency', {
    hotline: '119',
    needsContext: /塌|垮|滑|泥|土/,
  }),
  // A hand or an arm that will not lift is a stroke's sign, and 血压 is no weight on anyone.
  term('有人被压埋冲走', /(?<!手|胳膊|臂|腿)(?:抬不起来|抬不动)|搬不动|挪不开/, 'emergency', {
    hotline: '119',
    needsContext: /(?<!血)压|砸|倒在|倒了|塌/,
  }),
  term(
    '危化品泄漏',
    /(?:稀释剂|天那水|香蕉水|油漆|溶剂|甲醛|氨水|硫酸|盐酸)[^,。!?;]{0,6}(?:翻|洒|淌|漏|泼)/,
    'emergency',
    { hotline: '119', needsContext: /晕|瘫|倒|睁不开|呛|喘/ },
  ),
  // Rounds 53 and 54: a driver pinned in a crushed cab; smoke thickening in a tunnel; spilt spirit beside
  // welding sparks; a yard flooded waist-deep; a hillside sliding onto houses; a rider dragged under a
  // lorry's wheels; people buried in a trench.
  term('有人被困', /(?:司机|人)[^,。!?;]{0,2}(?:卡|困|夹)在(?:里面|车里|驾驶室)/, 'emergency', { hotline: '119' }),
  term('室内浓烟', /(?:烟|smoke)(?:越来越|越发)(?:浓|大|多)/, 'emergency', {
    hotline: '119',
    needsContext: /隧道|楼道|屋|出口|看不清|跑|车|地铁|走廊|楼|出不去/,
  }),
  term('油气遇火', /(?:酒精|汽油|柴油|稀释剂|油)[^。!?;]{0,30}(?:电焊|火星|明火|抽烟)/, 'emergency', {
    hotline: '119',
    needsContext: /淌|漏|洒|喷|一地|一大片|味/,
  }),
  term('水深被困', /齐(?:腰|胸|脖子)深?/, 'emergency', { hotline: '119', needsContext: /水|涨|淹|漫/ }),
  term('有人被压埋冲走', /(?:山|坡)[^,。!?;]{0,4}(?:在)?往下滑|泥巴冲进/, 'emergency', {
    hotline: '119',
    needsContext: /房子|屋|人|跑|家/,
  }),
  term('有人被压埋冲走', /(?:卷|压)(?:到|进)(?:了)?(?:车)?(?:轮子|车轮|车)(?:底下|下面)/, 'emergency', {
    hotline: '119',
  }),
  term('有人被压埋冲走', /埋(?:到|在)(?:了)?(?:土|泥|沙|雪)里/, 'emergency', { hotline: '119' }),
  // Rounds 55 and 56: an old man clinging to a roof in a typhoon; a foot pinned under an overturned
  // tractor; a car slipping off a jack onto a mechanic; a digger buried with its driver; a child's head
  // caught in window bars; a car going under with someone at the windows; someone swept off by the water.
  term('有人被困', /(?:屋顶|房顶|楼顶|树上|柱子)[^,。!?;]{0,6}下不来/, 'emergency', {
    hotline: '119',
    needsContext: /台风|风|水|火|塌|飞/,
  }),
  term('有人被压埋冲走', /(?:腿|脚|手|胳膊|身子)[^,。!?;]{0,2}被[^,。!?;]{0,4}压(?:着|住)/, 'emergency', {
    hotline: '119',
    needsContext: /翻|倒|塌|砸|车|拖拉机|铁牛|挖不出|拉不出/,
  }),
  term('有人被压埋冲走', /(?:千斤顶|车)[^,。!?;]{0,6}(?:滑了|压下来|砸下来)/, 'emergency', {
    hotline: '119',
    needsContext: /底下|下面|师傅|人|腿/,
  }),
  term('有人被压埋冲走', /(?:连人带车|人)[^,。!?;]{0,4}(?:都)?埋(?:进去|住|了)/, 'emergency', { hotline: '119' }),
  term('有人被困', /(?:脑壳|头|脖子)[^,。!?;]{0,2}卡在[^,。!?;]{0,8}(?:栏杆|防盗窗|护栏|铁栏)/, 'emergency', {
    hotline: '119',
  }),
  term('有人被困', /车顶(?:都)?(?:快)?没了|(?:在)?拍(?:车)?窗(?:户)?/, 'emergency', {
    hotline: '119',
    needsContext: /河|湖|塘|江|淹|冲进/,
  }),
  term('有人被压埋冲走', /(?:水|浪)(?:给)?(?:冲|卷)走了|顺水(?:冲|漂)(?:下来|下去|走)/, 'emergency', {
    hotline: '119',
    needsContext: /看不到人|不见|没影|崽|娃|孩子|人/,
  }),
  // Rounds 57 and 58: a zip line stuck over a gorge; a paraglider hung in a tree; drums swelling and
  // hissing; men going down into a hold or a cesspit and not coming up; sparks blowing from a burning
  // haystack towards houses; water pouring in round someone who cannot get out; a dam leaking muddy water.
  term(
    '高空险情',
    /(?:滑索|索道|绳子|安全绳)[^,。!?;]{0,6}(?:卡住|断了|往下(?:出溜|滑))|吊在[^,。!?;]{0,4}(?:半空|空中|峡谷)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '高空险情',
    /挂(?:在|住)(?:了)?[^,。!?;]{0,4}(?:树上|树顶|电线上|半空)|(?:树上|树顶上?|电线上)挂(?:住|着)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /人|学员|孩子|头朝下|一动不动|喊/,
    },
  ),
  term('危化品泄漏', /(?:铁桶|桶|罐|钢瓶)[^,。!?;]{0,4}(?:鼓包|鼓起来)/, 'emergency', {
    hotline: '119',
    needsContext: /嘶嘶|味|冒|漏/,
  }),
  term(
    '有限空间中毒',
    /下去(?:就)?(?:没|没有)上来|(?:化粪池|粪池|沼气池|窨井|地窖|储罐|底舱|船舱)[^。!?;]{0,12}(?:没声|不吭|没动静|趴下|倒下|晕)/,
    'emergency',
    { hotline: '119', needsContext: /舱|池|井|罐|窖|坑|下去/ },
  ),
  term('着火', /火星(?:子)?[^,。!?;]{0,4}(?:往|朝|飘向|飘到)[^,。!?;]{0,8}(?:屋|房|村|家|人)/, 'emergency', {
    hotline: '119',
  }),
  term('着火', /(?:草垛|柴垛|草堆|柴堆)(?:子)?[^,。!?;]{0,2}冒(?:黑|浓)?烟/, 'emergency', {
    hotline: '119',
    needsContext: /风|火星|屋|房|牛棚|猪圈/,
  }),
  term('水深被困', /(?:水|洪水)[^。!?;]{0,12}(?:灌|淹|漫|涌)[^。!?;]{0,20}出不来/, 'emergency', { hotline: '119' }),
  // A dam that has seeped for a year is a repair ("堤坝一直渗水 去年就说要修"): only a breach opening now.
  term('溃坝', /(?:大坝|坝|堤|河堤|堤坝)[^,。!?;]{0,8}(?:冒浑水|管涌|决口|口子越来越大|垮了)/, 'emergency', {
    hotline: '119',
  }),
  // Rounds 59 and 60: a cave's way out sealed by water; a line of smoke bearing down a ridge; smoke
  // pouring from a locked flat with a deaf old woman inside; water at the upstairs windows with someone
  // in the attic.
  term('水深被困', /(?:被水|水)[^,。!?;]{0,2}封住/, 'emergency', {
    hotline: '119',
    needsContext: /洞|出口|困|出不去/,
  }),
  term('着火', /烟(?:线|墙)?[^,。!?;]{0,4}(?:往这边|朝这边|往村|往山下)(?:压|扑|烧|过来)/, 'emergency', {
    hotline: '119',
  }),
  term('室内浓烟', /烟[^,。!?;]{0,4}冒出来/, 'emergency', {
    hotline: '119',
    needsContext: /锁|敲门|里面|里向|老人|老太|听不见|听勿见/,
  }),
  term('水深被困', /水[^,。!?;]{0,4}(?:淹|浸|漫)到(?:了)?[^,。!?;]{0,3}(?:二楼|二层|窗口|窗户|屋顶)/, 'emergency', {
    hotline: '119',
    needsContext: /走不了|困|出不来|老人|阁楼|在涨|还在升/,
  }),
  // Rounds 61 and 62: a car into a river and sinking; a flood cutting off an upstairs; smoke from under
  // cinema seats; a whole shop smelling of gas.
  term('有人被困', /(?:车|轿车|小车)[^,。!?;]{0,12}掉(?:进|到)?(?:了)?(?:河|江|湖|水库|海|塘)里/, 'emergency', {
    hotline: '119',
    needsContext: /沉|车里|后座|司机|拍窗|车顶/,
  }),
  term('有人被困', /(?:老人|人|孩子|一家人)[^,。!?;]{0,6}下不来/, 'emergency', {
    hotline: '119',
    needsContext: /水|淹|漫|洪/,
  }),
  term('着火', /(?:底下|下面|后面|后排)(?:在)?(?:起烟|冒烟)/, 'emergency', {
    hotline: '119',
    needsContext: /味|呛|挤|跑|刺鼻/,
  }),
  term('燃气泄漏', /(?:都是|全是|满是)(?:煤气|燃气|天然气|液化气)味/, 'emergency', { hotline: '119' }),
  // Round 63: a crowd stuck at the door with smoke and alarms; a driver's leg trapped in a crash.
  term('有人被困', /(?:挤满了人|人挤)[^。!?;]{0,8}出不去/, 'emergency', { hotline: '119', needsContext: /烟|火/ }),
  term('着火', /(?:火警|警报|报警器)(?:一直|在)(?:响|叫)/, 'emergency', {
    hotline: '119',
    needsContext: /烟|火/,
    // A smoke alarm set off by cooking ("锅烧糊了 满屋子烟 烟雾报警器一直叫 怎么关") is a nuisance.
    excludeNear: /烧糊|糊了|糊锅|煳|做饭|炒|红烧|烧干|怎么关|关不掉|关掉|没事|没有烟|没有火|误报/,
  }),
  term('有人被困', /(?:腿|脚|手|人)[^,。!?;]{0,2}被夹住(?:了)?[^,。!?;]{0,4}(?:拉不出|拔不出|出不来)/, 'emergency', {
    hotline: '119',
  }),
  // Rounds 63 and 64: smoke above and below on a fire stair; someone pinned under a parking robot.
  term('室内浓烟', /(?:往下|往上)[^,。!?;]{0,2}(?:全是|都是)烟/, 'emergency', { hotline: '119' }),
  term('有人被压埋冲走', /(?:底下|下面)压着(?:一个|个)?(?:人|师傅|工人|孩子|老人)/, 'emergency', { hotline: '119' }),
  // Round 66: smoke inside a stuck lift.
  term('电梯困人且有人不适', /(?:电梯|轿厢|里面|里头)[^,。!?;]{0,2}(?:冒烟|着火|起火)/, 'emergency', {
    hotline: '119',
    needsContext: /电梯|轿厢/,
  }),
  // Rounds 67 and 68: an engine room smoking at sea; a lab giving off a cloud of white smoke that makes pupils
  // cough; a balcony come down on a shed people shelter under; an e-bike battery exploding inside a lift.
  term('着火', /(?:机舱|船舱|货舱|驾驶舱|驾驶台)[^,。!?;]{0,3}(?:冒烟|起火|着火|冒火|浓烟|烧起来)/, 'emergency', {
    hotline: '119',
  }),
  term(
    '危化品泄漏',
    /冒(?:出)?(?:大团|大股|一大股|一大团|一团|一股|大量|好多)(?:的)?(?:黄|绿|白|黑)(?:色)?(?:的)?烟/,
    'emergency',
    {
      hotline: '119',
      needsContext: /咳|刺鼻|眼睛|熏|呛|喘|头晕|捂着?(?:嘴|鼻)/,
    },
  ),
  term(
    '有人被压埋冲走',
    /(?:阳台|楼板|屋顶|房顶|雨棚|挑檐|广告牌|招牌|围墙)[^,。!?;]{0,4}(?:掉下去|掉下来|塌下来|塌下去|砸下来)了?[^。!?;]{0,4}砸(?:在|到|中)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /有人|人在|压着|躲雨|底下有|下面有/,
    },
  ),
  term(
    '着火',
    /(?:电梯|轿厢)(?:里|里面|里头|内)(?:突然)?(?:炸了|爆炸了?|爆了|起火了?|着火了?|烧起来了?)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  // Round 68: gas smell seeping out of a neighbour's door.
  term(
    '燃气泄漏',
    /(?:冒|往外冒|透出|飘出|传出|钻出)(?:来)?(?:一股)?(?:的)?(?:煤气|燃气|天然气|液化气)味/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  // Round 69: a wok fire running up the exhaust duct that extinguishers cannot hold; a smoke alarm pushing
  // alerts to a phone whose camera shows only grey; a gas explosion that brought half a block down.
  term(
    '着火',
    /火(?:顺着|沿着)[^,。!?;]{0,6}(?:往上|蔓延|烧|窜)|灭火器(?:都)?(?:喷完了|喷光了|用完了)|(?:压|扑|灭)不住(?:了)?/,
    'emergency',
    {
      hotline: '119',
      needsContext: /火|烟|窜/,
    },
  ),
  term('着火', /(?:烟雾报警器|烟感|烟雾警报)[^。!?;]{0,10}(?:一直|不停)(?:在)?(?:推送|响|报警|叫)/, 'emergency', {
    hotline: '119',
    needsContext: /摄像头|画面|看不见|没人|猫|狗|孩子|老人/,
  }),
  term(
    '燃气爆炸',
    /(?:煤气|燃气|液化气|天然气)(?:罐)?(?:爆了|炸了)|楼塌(?:了)?(?:一半|半边)|塌了(?:一半|半边)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  // Rounds 71 and 72: a swimmer dragged out by the waves; workers running out of a cold store with their mouths
  // covered; a cab smoking with the driver asleep inside; a car door buckled shut in a tunnel; sparks spraying
  // from a battery onto a shoe cabinet that has caught.
  // Swept off by waves or a current is 119's; a head bobbing in still water is 110's, like the rest of 溺水.
  term('溺水', /被(?:浪|海浪|大浪|水|急流|激流)(?:给)?(?:拖|卷|冲)(?:出去|走|跑)了?/, 'emergency', { hotline: '119' }),
  term('溺水', /(?:头|人|脑袋)[^,。!?;]{0,3}一冒一冒/, 'emergency', { hotline: '110' }),
  term('危化品泄漏', /(?:捂着|捂住)(?:嘴|鼻子|口鼻)[^,。!?;]{0,4}(?:往外跑|跑出来|往外冲)/, 'emergency', {
    hotline: '119',
    needsContext: /味|气|眼睛|吐|咳|呛/,
  }),
  term('冒烟', /冒(?:黑|浓)?烟(?:了)?|黑烟|浓烟/, 'emergency', {
    hotline: '119',
    needsContext: /敲门没反应|叫不醒|没反应|还在(?:里面|车里|卧铺|睡)/,
  }),
  term('有人被困', /(?:车门|门)(?:变形|卡死)(?:了)?[^,。!?;]{0,4}(?:打不开|拉不开|推不开)/, 'emergency', {
    hotline: '119',
  }),
  term('着火', /(?:往外|窗户|窗口)[^,。!?;]{0,2}(?:喷|窜|蹿)火/, 'emergency', { hotline: '119' }),
  term('着火', /(?:喷|冒|蹿|窜|掉)火星|(?:已经|都)引着(?:了)?/, 'emergency', {
    hotline: '119',
    needsContext: /烟|电池|鞋柜|门口|家具|楼道|充电|天花板|吊顶|屋顶/,
    excludeNear: /烟花|鞭炮|电焊|焊接|打铁/,
  }),
  // Round 71: a worker slipped into a fast-flowing tank at a sewage plant, holding on to a rail.
  term('溺水', /(?:掉|滑|摔|跌)(?:进|到)?(?:了)?(?:池子|水池|污水池|沉淀池|调节池|格栅)(?:里|下面)?/, 'emergency', {
    hotline: '119',
    needsContext: /水流|急|撑不住|抓着|冲走|拉不上来/,
  }),
  // Rounds 73 and 74: a door handle too hot to touch with smoke on the stairs; a fire line reaching a woodpile.
  term(
    '着火',
    /门把手?[^,。!?;]{0,3}(?:很|好|特别|都)?烫|(?:墙|墙面)[^,。!?;]{0,3}(?:摸着)?(?:烫手|发烫)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /烟|smoke|火|出不去|不能出去/,
    },
  ),
  term('着火', /火线[^,。!?;]{0,4}(?:已经)?(?:到|烧到|逼近|蔓延)/, 'emergency', { hotline: '119' }),
  // Round 76: black smoke racing up a stairwell; water pouring into an overturned car with people inside.
  term(
    '冒烟',
    /(?:黑烟|浓烟)[^,。!?;]{0,3}(?:往上|往外|直)(?:窜|冒|涌|蹿)|楼梯(?:都)?看不见了|看不清楼梯/,
    'emergency',
    {
      hotline: '119',
      needsContext: /烟/,
    },
  ),
  term('有人被困', /水(?:已经)?(?:漫|灌|涌)进(?:来|去)了?/, 'emergency', {
    hotline: '119',
    needsContext: /车|人在里面|困|出不来/,
  }),
  // Rounds 77 and 78: two men buried under a carport crushed by snow; a house half down in an aftershock with
  // voices under it; a landslide that buried two homes; a child locked in a car; smoke filling a corridor, in English.
  term('有人被压埋冲走', /埋(?:在)?(?:底下|下面|里面)了?|(?:房|屋|房子|屋子)(?:被)?埋(?:掉|了)/, 'emergency', {
    hotline: '119',
    needsContext: /塌|垮|雪|土|扒|山|泥|震/,
  }),
  term('有人被困', /(?:底下|下面|里面)(?:还)?有人(?:在)?(?:喊|叫|哭|呼救)/, 'emergency', {
    hotline: '119',
    needsContext: /塌|垮|埋|压|震|倒/,
  }),
  term('燃气爆炸', /垮了(?:半边|一半)/, 'emergency', { hotline: '119' }),
  term(
    '有人被困',
    /(?:车|suv)(?:里|内|上)?(?:锁着|关着|困着)(?:一个|个)?[^,。!?;]{0,8}(?:孩子|小孩|宝宝|娃|婴儿)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  // Round 80: a rider still under a lorry; a milk-tea shop's kitchen exploding; a child through the ice, told
  // the other way round.
  // Bleeding under a vehicle: 120, as the earlier examples of a rider under a lorry are.
  term('有人被困', /(?:人|他|她)(?:还)?(?:在|压在|卡在)车(?:底下|下面|底)/, 'emergency', { hotline: '120' }),
  term('爆炸', /(?:后厨|厨房|锅炉|店里)[^,。!?;]{0,2}炸了/, 'emergency', {
    hotline: '119',
    needsContext: /玻璃|碎|躺|伤|火|血/,
  }),
  // Round 79: the words of a safety officer: a worker silent in a confined space with hydrogen sulphide off the
  // scale; a gas detector reading %LEL and rising; a wall and balconies collapsed with a resident under them.
  term(
    '危化品泄漏',
    /失去应答|硫化氢[^,。!?;]{0,8}(?:超标|爆表|报警|很高)|受限空间[^。!?;]{0,10}(?:晕|倒|没有反应|失去)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('燃气泄漏', /可燃气体[^,。!?;]{0,10}(?:报警|超标|持续上升|读数)|\d+%lel/, 'emergency', { hotline: '119' }),
  // The wall or the building, not its plaster ("墙皮垮落，掉了一地").
  term(
    '有人被压埋冲走',
    /(?:有|一楼有)?(?:人|住户|工人|群众|居民)被压|(?:整体|整栋|楼|阳台)(?:垮落|坍塌)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /塌|垮|压|墙|楼|救援/,
    },
  ),
  // Round 82: flames up at a lorry's cab with the driver still inside, told as a list.
  term('着火', /火苗(?:已经)?(?:起来|蹿起来|窜起来|上来)/, 'emergency', {
    hotline: '119',
    needsContext: /冒烟|车|楼|屋|房|厂|仓库|驾驶室/,
    excludeNear: /烧烤|炉子|灶|炭火|篝火/,
  }),
  term('有人被困', /(?:司机|人)(?:还)?在(?:驾驶室|驾驶位|车里|里面)/, 'emergency', {
    hotline: '119',
    needsContext: /火|烟|翻|撞|变形|水/,
  }),
  // Round 82: a family standing on a wardrobe with the water at their chests (not someone walking into a river).
  term(
    '洪水围困',
    /站(?:到|在)(?:了)?(?:桌子|柜子|床|灶台)上|水(?:已经)?(?:到|没到|淹到)(?:了)?(?:我们|我)(?:的)?(?:胸口|腰|脖子|下巴)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /淹|漫|涨|洪|大水|柜子|桌子|一家/,
    },
  ),
  // Round 82: a grandfather on the phone with the room full of smoke, gone quiet.
  term('室内浓烟', /(?:屋里|家里|房间里?|楼道里?)(?:好多|很多|一屋子的?|全是)烟/, 'emergency', {
    hotline: '119',
    excludeNear: /抽烟|吸烟|烟味|烟头|烧烤|做饭|炒菜/,
  }),
  // Rounds 83–88: a reactor's pressure climbing while the shop floor empties; liquid nitrogen spilt and people
  // dizzy; a building full of smoke told in simple Chinese; a spilt drum of acid fuming; fire blocking the
  // stairs; a sister silent in a locked bathroom beside a gas heater; a rescuer fainted at the bottom of a manhole.
  term(
    '爆炸危险',
    /(?:反应釜|反应罐|锅炉|压力容器|储罐|烘干塔|烘干机)[^。!?;]{0,8}(?:压力|温度)[^。!?;]{0,10}(?:往上窜|飙升|一直(?:往上)?(?:升|涨|窜)|降不下来|超压|控制不住|爆表)/,
    'emergency',
    { hotline: '119', needsContext: /撤|跑|嘶嘶|尖叫|控制不住|要炸|快炸/ },
  ),
  term(
    '窒息气体',
    /(?:液氮|氮气|二氧化碳|氩气|干冰)[^。!?;]{0,30}(?:头晕|站不稳|晕倒|倒下|倒了|喘不上|缺氧)|(?:o2|氧气|含氧量|氧含量)[^,。!?;]{0,10}(?:报警|在叫|过低)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '室内浓烟',
    /(?:楼里|屋里|家里|楼道里?|走廊里?|房间里?)(?:有|全是|都是)?(?:很多|好多|好大的?|很大的?|好浓的?|很浓的?)烟(?!味|头|花|囱|雾)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /出不去|不能出去|出不来|下不去|门很热|烫|看不见|咳|还在睡/,
      excludeNear: /烧烤|油烟|抽烟|吸烟|排烟|烟民/,
    },
  ),
  term(
    '危化品泄漏',
    /(?:碰倒|打翻|洒了|倒了)[^。!?;]{0,10}(?:液体|试剂|化学品|药水|酸)[^。!?;]{0,20}(?:冒|刺鼻|呛)/,
    'emergency',
    { hotline: '119', needsContext: /咳|晕|还有人|退出来|疏散/ },
  ),
  term(
    '有人被困',
    /(?:火|烟)(?:已经)?(?:堵住|封住|挡住)(?:了)?[^,。!?;]{0,4}(?:楼梯|楼道|门口|出口|通道)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '一氧化碳中毒',
    /(?:洗澡|浴室|卫生间)[^。!?;]{0,20}(?:没(?:有)?(?:声音|动静|回应|反应)|(?:一点)?(?:声音|动静)都没(?:有)?|叫不应|喊不应)/,
    'emergency',
    // A gas water heater in a closed bathroom: carbon monoxide, 120 as in the examples before.
    { hotline: '120', needsContext: /热水器|燃气|煤气|怪味|味道/, excludeNear: /正常吗|规范|标准|怎么安装/ },
  ),
  term('有人被困', /被(?:卡|困|压|夹)在[^,。!?;]{0,6}(?:驾驶室|驾驶位|车厢|车)里/, 'emergency', { hotline: '119' }),
  term('有限空间中毒', /(?:晕|倒|昏)在(?:了)?(?:井底|井下|池底|坑底|罐底|窖里|井里)/, 'emergency', { hotline: '119' }),
  // Rounds 89 and 91: a climber caught on a branch below a cliff; children cut off on rocks by the tide; a ride
  // stopped at its top; chlorine at a pool with children coughing; fire and smoke told in emoji.
  term(
    '有人被困',
    /(?:滑|摔|掉|跌)(?:下去|下)了?[^。!?;]{0,12}(?:卡在|挂在)[^,。!?;]{0,10}(?:树杈|树上|崖壁|半山腰)/,
    'emergency',
    { hotline: '119' },
  ),
  term(
    '有人被困',
    /(?:礁石|沙洲|江心|河心|孤岛)[^,。!?;]{0,4}(?:上)?(?:被)?困|潮水[^,。!?;]{0,4}(?:在涨|涨上来)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /困|孩子|小孩|人/,
    },
  ),
  term(
    '有人被困',
    /(?:过山车|摩天轮|缆车|索道|游乐设施)[^,。!?;]{0,6}(?:停在|卡在|困在|悬在)[^,。!?;]{0,6}(?:最高点|半空|空中|顶上)/,
    'emergency',
    { hotline: '119', needsContext: /半个?(?:多)?小时|[一二三四五六七八九十\d]+分钟|喊|哭|吐|下不来|困|不动了|卡住/ },
  ),
  term('危化品泄漏', /(?:漂白水|氯气|消毒水|消毒液)[^。!?;]{0,6}味[^。!?;]{0,20}(?:睁不开|咳|吐|晕|喘)/, 'emergency', {
    hotline: '119',
  }),
  term('着火', /🔥[^。!?;]{0,12}(?:好多|很多|好大|全是|都是)烟/, 'emergency', {
    hotline: '119',
    excludeNear: /烧烤|油烟|烟花|抽烟/,
  }),
  // Round 90: a grandmother and the writer trapped on the ninth floor, the stairwell full of smoke.
  term('有人被困', /被困在(?:了)?[一二三四五六七八九十\d]+(?:楼|层)/, 'emergency', {
    hotline: '119',
    needsContext: /烟|火|出不去|走不了|下不去/,
  }), // Round 91: a car smoking in a car park with someone inside (a car's smoke alone is exhaust, see SMOKE_POLLUTION).
  term('冒烟', /车(?:子)?[^,。!?;]{0,4}(?:在)?冒(?:黑|浓|白)?烟/, 'emergency', {
    hotline: '119',
    needsContext: /里面(?:好像|可能)?有人|人在里面|司机还在|出不来|困在|火苗|明火|车上还有|还有人|没下来|越来越大/,
    excludeNear: /尾气|排气|排放/,
  }), // Rounds 93–96: a slope sliding onto a shed; fire spread to curtains or a tricycle; a daughter in a lift stuck
  // between floors told after a comma; gas alarms in a coal mine; burning wasteland crossing into the woods; a
  // building full of grey smoke seen on a video call; a child hanging outside a balcony on its grille.
  term(
    '有人被压埋冲走',
    /(?:山体|土方|石头|泥石流|塌方|山)[^。!?;]{0,16}(?:把|将)[^。!?;]{0,24}埋(?:了|住)/,
    'emergency',
    { hotline: '119', needsContext: /人|车|棚|屋|房/ },
  ),
  term(
    '着火',
    /(?:已经|都)?烧到(?:了)?(?:窗帘|床上|沙发|柜子|衣柜|房顶|屋顶|吊顶|二楼|楼上|隔壁)|火(?:已经)?(?:连|蔓延|窜)到/,
    'emergency',
    {
      hotline: '119',
      needsContext: /火|烟|着/,
    },
  ),
  term('着火', /(?:冒出|冒着|窜出)[^,。!?;]{0,4}火光/, 'emergency', { hotline: '119', excludeNear: /烟花|鞭炮|焊/ }),
  term('电梯困人且有人不适', /(?:坐|乘)(?:着)?电梯[,，]?(?:结果)?卡(?:在)?[^,。!?;]{0,10}(?:中间|之间)/, 'emergency', {
    hotline: '119',
    needsContext: /孩子|女儿|儿子|老人|哭|小时|孕妇|喘/,
  }),
  term('燃气泄漏', /瓦斯[^,。!?;]{0,4}(?:报警(?!器)|超限|浓度)/, 'emergency', {
    hotline: '119',
    needsContext: /人|井下|工作面/,
  }),
  term(
    '山火',
    /(?:烧荒|烧纸|烧秸秆|烧草)[^。!?;]{0,16}(?:往林子|进了林子|烧到林子|烧过界|打不灭|扑不灭)/,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('室内浓烟', /(?:全是|都是|满是)[^,。!?;]{0,5}的烟(?!味|头|花|囱)/, 'emergency', {
    hotline: '119',
    needsContext: /越来越|浓|出不去|看不见|咳|叫不醒|没反应/,
    excludeNear: /演习|演练|烧烤|油烟/,
  }),
  term(
    '有人被困',
    /(?:人|孩子|小孩|老人|娃|他|她)[^,。!?;]{0,4}挂在(?:了)?[^,。!?;]{0,6}(?:阳台|窗)(?:外面|外边|外)?/,
    'emergency',
    {
      hotline: '119',
      needsContext: /快掉|掉下来|掉下去|抓不住|撑不住|够不着/,
    },
  ), // Round 94: a retaining wall down on a car with a voice inside.
  term('有人被压埋冲走', /(?:墙|楼|房子)[^,。!?;]{0,4}(?:塌|倒)了[^。!?;]{0,10}压(?:住|在|着)/, 'emergency', {
    hotline: '119',
    needsContext: /有人|人在|喊|救命/,
  }), // Rounds 97 and 99: a platform door closed on a child's arm; diesel across an expressway after a rollover; a
  // village buried by a mudslide with voices underneath; a greenhouse or a gym roof giving way under snow; a tower
  // crane leaning over homes; a bus stalled in a flooded culvert; a gas bottle knocked over hissing.
  term(
    '有人被困',
    /(?:站台门|屏蔽门|车门|地铁门)[^,。!?;]{0,8}夹(?:住|着)[^,。!?;]{0,6}(?:胳膊|手|腿|脚|人|孩子|小孩|老人)|(?:站台门|屏蔽门|车门|地铁门)[^,。!?;]{0,4}把[^,。!?;]{0,6}(?:胳膊|手|腿|脚|人|孩子|小孩|老人)[^,。!?;]{0,2}夹(?:住|着)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /(?:就)?要开|开了|开走|拔不出|出不来|哭|喊/,
    },
  ),
  term('危化品泄漏', /(?:柴油|汽油|油)(?:流|漏|洒)(?:了)?(?:一地|满地)/, 'emergency', {
    hotline: '119',
    needsContext: /侧翻|翻了|撞|车/,
  }),
  term(
    '有人被压埋冲走',
    /(?:泥石流|山体滑坡|塌方)[^。!?;]{0,20}(?:埋|冲)|下面(?:还)?(?:能)?(?:听见|听到)有人(?:在)?(?:喊|叫|哭)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /有人(?:在)?(?:喊|叫|被)|人在里面|人还在|喊/,
    },
  ),
  term('有人被压埋冲走', /(?:工棚|房子|屋子|棚子|车)[^,。!?;]{0,3}埋了(?:一半)?/, 'emergency', {
    hotline: '119',
    needsContext: /还在里面|没出来|有人(?:在)?(?:喊|叫)|喊/,
  }),
  term('坍塌危险', /(?:大棚|棚子|彩钢棚|厂房|屋顶|房顶)[^,。!?;]{0,4}(?:压塌|塌)了/, 'emergency', {
    hotline: '119',
    needsContext: /人在|进去|里面|喊|没有回应|没回应/,
  }),
  term(
    '坍塌危险',
    /(?:顶棚|屋顶|房顶|天花板)[^,。!?;]{0,4}(?:在)?往下(?:沉|塌)|塔吊[^,。!?;]{0,6}(?:歪|倒|晃|倾斜)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /里面还有|人在|学生|住着人|下面就是|楼里还有/,
    },
  ),
  term('有人被困', /(?:水|积水)(?:已经)?(?:淹到|没到|漫到)(?:了)?(?:座椅|座位|车窗|车顶|方向盘)/, 'emergency', {
    hotline: '119',
  }),
  term('燃气泄漏', /嘶嘶(?:地)?(?:漏气|往外冒气|冒气)/, 'emergency', {
    hotline: '119',
    needsContext: /燃气|煤气|天然气|液化气|气罐|罐|管道|阀门|味/,
  }), // Rounds 98 and 100: a ladder too short for the eighteenth floor with someone waving at a window; a fire exit locked
  // with people shouting inside.
  term('有人被困', /云梯[^,。!?;]{0,6}够不着|窗户?边(?:上)?挥(?:衣服|手|毛巾)/, 'emergency', {
    hotline: '119',
    needsContext: /烟|火/,
  }),
  term('有人被困', /(?:消防)?(?:通道|安全出口)(?:的)?(?:铁门|门)?[^,。!?;]{0,4}(?:锁死|锁住)/, 'emergency', {
    hotline: '119',
    needsContext: /里面的人|(?:在|一直)喊|出不来|救命/,
    excludeNear: /建议|整改|万一|隐患|如果/,
  }), // Rounds 102 and 103: a warehouse burning "right now" asked as a question; a bang in a basement and a voice below;
  // flames leaping from a window told in Cantonese; a gas pipe leaking with a mother asleep, told in Shaanxi speech.
  term('着火', /(?:现在|正)(?:就)?(?:在)?烧着(?!玩)|火舌[^,。!?;]{0,6}(?:窜|冒|喷)出/, 'emergency', {
    hotline: '119',
    needsContext: /火|仓库|屋|房|楼|车|窗/,
  }),
  term('爆炸', /(?:砰|轰)的一声(?:巨响)?[^。!?;]{0,16}(?:有人[^,。!?;]{0,4}(?:喊|叫|哭)|冒烟|着火)/, 'emergency', {
    hotline: '119',
  }),
  term('燃气泄漏', /(?:燃气|煤气|天然气)(?:管子|管道)?[^,。!?;]{0,2}漏了/, 'emergency', {
    hotline: '119',
    needsContext: /味|睡|里头|里面|晕|还在/,
  }),
  term('室内浓烟', /烟(?:真|好|很|特别)大[^。!?;]{0,10}(?:走不出去|出不去|下不去)/, 'emergency', { hotline: '119' }), // Round 101: a gas engineer's detector over its alarm value; a transformer with open flame; a cylinder's regulator
  // broken; a gas main cut by a digger.
  term('燃气泄漏', /检测仪(?:报警|读数)|读数持续上升|超过报警值/, 'emergency', {
    hotline: '119',
    needsContext: /燃气|气|泄漏/,
    excludeNear: /原因|多少钱|怎么关|没(?:有)?味/,
  }),
  term('着火', /已(?:经)?见明火|见(?:到)?明火了/, 'emergency', { hotline: '119' }),
  term(
    '危化品泄漏',
    /(?:氢气|氧气|氯气|氨气|乙炔|液化气)(?:钢瓶|瓶)?[^,。!?;]{0,6}(?:泄漏|漏气|喷出)|(?:减压阀|阀门)(?:断裂|断了|坏了)[^。!?;]{0,10}(?:泄漏|漏气|喷)/,
    'emergency',
    {
      hotline: '119',
      needsContext: /持续|断裂|正在|撤离|还在/,
    },
  ),
  term('燃气泄漏', /挖断(?:了)?[^,。!?;]{0,8}(?:燃气|天然气)管/, 'emergency', { hotline: '119' }), // Rounds 105 and 106: told by what is seen, heard or smelt: an orange glow crackling on a stairwell ceiling; "3楼 烟 快";
  // a correction (不是漏水，是漏气); black hot water and a burning smell from upstairs; smoke from a warehouse window;
  // yellow-green gas with eyes stinging; an e-bike's bang and a dark corridor; flames running across a nail bar's floor;
  // a dryer smoking with its door stuck.
  term('着火', /(?:橙色|红色|火红)的?光[^。!?;]{0,10}(?:晃|闪|跳)/, 'emergency', {
    hotline: '119',
    needsContext: /噼啪|下不去|烟|焦/,
  }),
  term('着火', /^[\d一二三四五六七八九十]+楼(?:有)?烟(?:快|快来)/, 'emergency', { hotline: '119' }),
  term('燃气泄漏', /是漏气[^。!?;]{0,10}(?:味道很大|味很大|好大的味|味道特别大)/, 'emergency', { hotline: '119' }),
  term('着火', /(?:黑|烫)[^。!?;]{0,10}焦糊味|焦糊味[^。!?;]{0,10}(?:敲门没人|没人应)/, 'emergency', {
    hotline: '119',
  }),
  term('冒烟', /(?:仓库|厂房|屋|房子|楼)[^,。!?;]{0,6}(?:窗户|窗口)里?(?:在)?往外冒/, 'emergency', { hotline: '119' }),
  term('冒烟', /越来越黑[^。!?;]{0,4}呛/, 'emergency', { hotline: '119', needsContext: /车|库|冒/ }),
  term('危化品泄漏', /(?:黄绿色|黄色|白色)的?(?:气|烟雾)[^。!?;]{0,12}(?:睁不开|咳|晕|刺)/, 'emergency', {
    hotline: '119',
  }),
  term('爆炸', /(?:电瓶车|电动车|电池)[^,。!?;]{0,4}(?:砰|嘭)了?一声/, 'emergency', {
    hotline: '119',
    needsContext: /黑|烟|看不见|上面还有人|火/,
  }),
  term('着火', /窜起(?:一片)?[^,。!?;]{0,4}火苗/, 'emergency', {
    hotline: '119',
    excludeNear: /爆炒|炒菜|做菜|锅|正常/,
  }),
  term('着火', /(?:烘干机|洗衣机|插座|充电器|电器|电视|冰箱|空调)[^,。!?;]{0,4}(?:往外)?冒(?:黑|白)?烟/, 'emergency', {
    hotline: '119',
    excludeNear: /正常吗|水汽|蒸汽|冷凝/,
  }),
]
