/** Someone ill or injured now: the citizen is told to call 120 first. */
import { NOW_SUFFIX, term, type UrgencyTerm } from './UrgencyTerm.js'

export const MEDICAL_TERMS: readonly UrgencyTerm[] = [
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
    /没有?呼吸|没了?心跳|心跳停|心脏骤停|(?:呼吸|喘气)[^,。!?;]{0,3}困难|喘不(?:上|过)气|上不来气|透不过气|窒息(?!感|般|的感)|卡住(?:了)?喉咙|卡在喉咙|噎住/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '急症',
    /抽搐|口吐白沫|大出血|血流(?:不止|不停|个不停)|流血(?:不止|不停|个不停)|流了(?:很多|好多|一地)血|大量出血|(?:满身|满脸|满头|一身|浑身|全身)是血|血止不住|止不住血|受伤流血|头破血流|血流满面|出血不止|(?:头|脸|额头|腿|手)[^,。!?;]{0,3}(?:磕破|摔破|破了|裂开)|抽风(?!机)|惊厥|(?:高烧|发烧)[^,。!?;]{0,6}(?:抽筋|抽搐)|一直抽筋|(?:头|脸|身上|腿|胳膊|手)[^,。!?;]{0,3}(?:在|一直)(?:流血|出血)|羊水破|要生了/,
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
  term(
    '急症',
    /心脏病(?:犯|发作)|突发心脏病|胸口[^,。!?;]{0,4}(?:痛|疼)|左(?:手|臂|胳膊)发麻|脑梗|脑溢血|中风|胸口剧痛|胸口疼/,
    'emergency',
    {
      hotline: '120',
      needsPresent: true,
      nowSuffix: NOW_SUFFIX,
      excludeAfter: /^(?:偏瘫|后遗症|后|病史|多年|康复|患者|病人|老人)/,
    },
  ),
  term(
    '中毒',
    /煤气中毒|一氧化碳中毒|农药中毒|喝了?农药|误服|误吞|误食|误喝|服药自杀|吞药|(?:吃|吞|喝)了?[^,。!?;]{0,4}(?:老鼠药|安眠药|一整?瓶[^,。!?;]{0,3}药|药片|电池|硬币|异物|洗洁精|消毒液|消毒水|除草剂|汽油)|误把[^,。!?;]{0,8}(?:喝|吃|吞)/,
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
    /坠楼|从[^,。!?;]{0,6}(?:楼|楼上|楼顶|窗户|阳台|桥上|高处|脚手架|塔吊|屋顶|房顶|梯子)[^,。!?;]{0,2}(?:摔|掉|跳|坠)下|(?:爬|站|坐|挂)(?:到|在)[^,。!?;]{0,4}(?:窗户|窗台|阳台)外|要掉下(?:来|去)了|从(?:楼上|窗户|窗台|阳台|楼顶|高处)[^,。!?;]{0,2}(?:摔|掉|跳|坠)下|跳楼了|摔下来[^,。!?;]{0,4}(?:不动|流血|昏)/,
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
  term('有人晕倒', /(?:有人|人)[^,。!?;]{0,8}倒在(?:那|那里|那儿|地上|路上|路边|水里)/, 'emergency', {
    hotline: '120',
  }),
  term('头部外伤', /头(?:着地|撞地|磕地)|后脑勺?着地/, 'emergency', { hotline: '120' }),
  term('孕产急症', /(?:怀孕|孕妇)[^。!?;]{0,10}(?:流血|出血|肚子[^,。!?;]{0,3}(?:痛|疼)|晕倒)/, 'emergency', {
    hotline: '120',
  }),
  // A sting or bite and then swelling that takes the voice away: an allergic reaction closing the airway.
  term('过敏', /被(?:蜜蜂|马蜂|黄蜂|蜂)蛰|说不出话|脸肿得/, 'emergency', { hotline: '120' }),
]
