/** Violence, crime under way, people in the water or about to take their life: call 110 first. */
import { NOW_SUFFIX, term, type UrgencyTerm } from './UrgencyTerm.js'

export const POLICE_TERMS: readonly UrgencyTerm[] = [
  term(
    '持刀伤人',
    /持刀|(?:拿|举|挥|提)着?[^,。!?;]{0,2}(?:刀|斧头|砍刀|匕首|枪)|互砍|乱砍|砍人|捅人|捅伤|砍伤|杀人|要杀(?:人|了|我|他|她)|要把[^,。!?;]{0,6}(?:杀了|打死|掐死)|持枪|拿枪/,
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
    /溺水|有人落水|落水了|(?:水里|河里|湖里|江里|海里|水库里?)[^,。!?;]{0,6}(?:挣扎|呼救)|(?:人|孩子|小孩|老人)[^,。!?;]{0,4}落水|(?:池塘|水塘|鱼塘|泳池|游泳池|河|湖|江|水库)[^,。!?;]{0,6}(?:孩子|小孩|人|老人)[^,。!?;]{0,3}掉(?:下去|进去)了|掉(?:进|到)?水里|掉进(?:河|水|湖|江|井|窨井|化粪池|粪坑|下水道|水塘|池塘)|掉到(?:河|水|湖|江|井|池塘)里|被水冲走/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('救命', /救命|快来人/, 'emergency', {
    hotline: '110',
    excludeAfter: /^(?:钱|药|稻草|的钱|的)/,
    excludeBefore: /钱|费/,
  }),
  term('人在轨道上', /推下(?:站台|轨道)|(?:掉|跳|摔)下站台/, 'emergency', { hotline: '110' }),
  term('轻生', /(?:要|想)去死|说要死|翻(?:过|出)(?:了)?[^,。!?;]{0,2}(?:栏杆|护栏|桥栏)/, 'emergency', {
    hotline: '110',
  }),
  term('群殴', /动了刀子|(?:打架|斗殴|吵架|冲突|打起来)[^。!?;]{0,8}动(?:了)?刀/, 'emergency', { hotline: '110' }),
  term('溺水', /(?:人|孩子|小孩|老人)[^,。!?;]{0,6}(?:沉下去|往下沉)|沉到水底/, 'emergency', { hotline: '110' }),
  // Someone unseen for days behind a door nobody answers, or a smell from inside: the police open it.
  term(
    '屋内无应答',
    /(?:几天|好几天|多日)没(?:动静|出门|见人)[^。!?;]{0,12}(?:敲门|臭味|异味)|敲门[^。!?;]{0,4}(?:不应|没人应|没反应)[^。!?;]{0,10}(?:臭味|异味)/,
    'emergency',
    { hotline: '110' },
  ),
  term('故意撞人', /(?:开车|驾车|开着车)[^,。!?;]{0,4}撞人|故意撞人/, 'emergency', { hotline: '110' }),
  term('非法拘禁', /关在[^,。!?;]{0,8}(?:不让走|不让出|不让离开|出不去)|非法拘禁|被囚禁|被(?:绑|捆)起来/, 'emergency', {
    hotline: '110',
  }),
]
