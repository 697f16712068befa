/**
 * Messages typed in toneless pinyin, as when a phone's Chinese input fails or an elderly writer cannot
 * use it ("wo ba zai chu fang dao le lian wai le shuo hua bu qing"). Only multi-syllable phrases that
 * name an emergency and mean nothing else are listed; syllables may run together or stand apart.
 */
import { term, type UrgencyTerm } from './UrgencyTerm.js'

/** Syllables with optional spaces between them: `py('zhao huo le')` matches "zhaohuole" and "zhao huo le". */
function py(...phrases: string[]): RegExp {
  const alts = phrases.map((p) => p.split(' ').join(' ?'))
  return new RegExp(`\\b(?:${alts.join('|')})\\b`)
}

export const PINYIN_TERMS: readonly UrgencyTerm[] = [
  term('着火', py('zhao huo le', 'qi huo le', 'zhao da huo', 'shi huo le'), 'emergency', { hotline: '119' }),
  term(
    '燃气泄漏',
    py('mei qi xie lou', 'ran qi xie lou', 'tian ran qi xie lou', 'lou qi le', 'mei qi wei', 'ran qi wei'),
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('被困', py('kun zai li mian', 'bei kun le'), 'emergency', { hotline: '119' }),
  // Rounds 71 and 72: a man smashing cars with an iron bar; someone tied up in a car boot.
  term(
    '暴力正在发生',
    py(
      'na zhe tie gun',
      'zai za che',
      'hai zai za',
      'bei ta da le',
      'ren bei da le',
      'hou bei xiang li',
      'shou bei bang zhe',
      'bei bang jia',
    ),
    'emergency',
    { hotline: '110' },
  ),
  // Round 82: someone robbing and following the writer.
  term('抢劫', py('zai qiang wo', 'you ren qiang wo', 'hai zai gen zhe wo', 'you ren gen zhe wo'), 'emergency', {
    hotline: '110',
  }),
  // Round 70: a man with a knife chasing the writer.
  term(
    '持刀伤人',
    py('na dao zhui', 'na zhe dao zhui', 'na dao kan', 'na dao tong', 'zhui sha', 'you ren zhui wo'),
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Round 68: a lift that dropped and stuck between floors, the door jammed.
  term('被困', py('dian ti wang xia zhui', 'dian ti xia zhui', 'dian ti diao xia qu', 'men da bu kai'), 'emergency', {
    hotline: '119',
  }),
  term(
    '急症',
    py(
      'shuo hua bu qing',
      'lian wai le',
      'zui wai le',
      'yun dao le',
      'hun dao le',
      'hun mi le',
      'jiao bu xing',
      'mei you hu xi',
      'bu neng hu xi',
      'chuan bu shang qi',
      'liu le hen duo xue',
      'xue zhi bu zhu',
      'chou chu',
      'kou tu bai mo',
      'xin zang bing fan le',
      'zhong feng le',
      'kai shui tang',
      'mei fan ying',
      'qiao men mei ying',
      'shuai xia lai le',
      'dou shi xue',
      'jiao ta bu ying',
      'yi bian shen zi',
      'ban bian shen zi',
      'bu neng dong le',
      'xiong kou teng',
      'mao leng han',
      'zhi mao han',
      'pi dou tuo xia lai',
      'tang shang le',
      'hu xi bu shang lai',
      'tu ran dao di',
      'dao di bu dong',
      'bu hu xi le',
      'mei hu xi le',
      'chuan bu shang lai',
      'liu xue bu zhi',
      'zai liu xue',
    ),
    'emergency',
    { hotline: '120' },
  ),
  term(
    '有人持刀',
    py(
      'na zhe dao',
      'you ren sha ren',
      'sha ren le',
      'qiang jie',
      'bang jia',
      'za ren',
      'kan ren',
      'tong ren',
      'na tie gun',
      'na le dao',
      'hua shou wan',
      'ge wan',
      'wang tian tai qu',
      'tiao lou',
      'bu xiang huo le',
      'yi zhi gen zhe wo',
    ),
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('呼救', py('jiu ming a', 'jiu ming'), 'emergency', { hotline: '110', cry: true }),
  // Round 91: black smoke from a kitchen, a fire grown big; five people in a cave as the water rises.
  term('着火', py('mao hei yan', 'huo hen da', 'huo hao da'), 'emergency', { hotline: '119' }),
  term('被困', py('chu bu lai'), 'emergency', { hotline: '119', needsContext: /shui|huo|yan|ren/ }),
]
