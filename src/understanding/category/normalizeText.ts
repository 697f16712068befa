/**
 * Text normalization shared by category, intent and urgency understanding.
 *
 * Citizens type full-width digits, traditional characters (Hong Kong / Taiwan input methods),
 * mixed English and emoji. The models and lexicons are written in simplified Chinese, so every
 * input goes through the same fold first: NFKC (full-width → half-width), lower case, and a
 * compact traditional → simplified map of the characters that matter for 12345 messages.
 */

// Pairs of traditional → simplified characters. Not a full converter: the characters that occur
// in hotline messages (places, utilities, emergencies, request verbs) and the common function words.
const TRAD_SIMP_PAIRS =
  '這这 個个 們们 來来 時时 說说 國国 會会 對对 學学 發发 經经 過过 動动 還还 種种 從从 當当 進进 現现 實实 ' +
  '體体 開开 關关 點点 問问 題题 線线 無无 機机 樣样 後后 應应 與与 產产 業业 電电 長长 門门 車车 東东 聽听 ' +
  '頭头 見见 認认 將将 書书 員员 區区 為为 爭争 氣气 讓让 給给 馬马 邊边 話话 請请 轉转 務务 燈灯 陽阳 傷伤 ' +
  '報报 護护 災灾 燒烧 險险 煙烟 斷断 處处 辦办 買买 賣卖 錢钱 價价 貴贵 費费 單单 號号 碼码 樓楼 層层 戶户 ' +
  '鄰邻 權权 條条 規规 違违 罰罚 執执 環环 聲声 響响 廠厂 廢废 衛卫 醫医 藥药 療疗 資资 養养 勞劳 稅税 證证 ' +
  '續续 補补 貼贴 領领 導导 幹干 設设 計计 劃划 縣县 鎮镇 鄉乡 園园 場场 廣广 橋桥 鐵铁 運运 輸输 駛驶 駕驾 ' +
  '輛辆 溝沟 積积 濕湿 熱热 壞坏 維维 洩泄 爐炉 觸触 擊击 殺杀 槍枪 搶抢 竊窃 騙骗 詐诈 賭赌 暈晕 緊紧 幫帮 ' +
  '難难 謝谢 議议 舉举 訴诉 該该 須须 麼么 嗎吗 誰谁 裡里 裏里 週周 於于 並并 衝冲 隻只 臺台 灣湾 鬆松 髮发 ' +
  '範范 齊齐 歲岁 歷历 壓压 廳厅 廁厕 廚厨 聯联 絡络 網网 紀纪 約约 級级 組组 織织 統统 結结 紅红 綠绿 藍蓝 ' +
  '黃黄 顏颜 勢势 勝胜 華华 協协 啟启 嚴严 團团 圍围 圖图 塊块 墊垫 夠够 婦妇 媽妈 孫孙 寧宁 寫写 寬宽 屬属 ' +
  '幣币 幾几 廟庙 張张 強强 彈弹 徵征 憂忧 態态 戲戏 戰战 擋挡 據据 擁拥 擔担 擴扩 擺摆 攤摊 敗败 數数 曬晒 ' +
  '楊杨 極极 樂乐 標标 樹树 橫横 檢检 歸归 殘残 沒没 溫温 滅灭 滿满 漢汉 濟济 烏乌 爺爷 牆墙 狀状 獨独 獎奖 ' +
  '畫画 盡尽 監监 盤盘 確确 礙碍 禮礼 禍祸 離离 稱称 穩稳 窮穷 競竞 筆笔 築筑 簡简 糧粮 納纳 紙纸 終终 綜综 ' +
  '練练 總总 繳缴 罷罢 習习 聞闻 職职 脫脱 腦脑 臨临 舊旧 莊庄 蘇苏 蟲虫 裝装 複复 覺觉 視视 親亲 觀观 記记 ' +
  '許许 評评 試试 詢询 詳详 語语 誤误 調调 談谈 論论 諮咨 講讲 識识 讀读 變变 貨货 質质 購购 貸贷 賠赔 趕赶 ' +
  '軍军 輕轻 載载 較较 農农 連连 達达 遠远 適适 遲迟 選选 遺遗 釋释 針针 銀银 銷销 鋪铺 錄录 錯错 鍋锅 鎖锁 ' +
  '鐘钟 閉闭 間间 隊队 陰阴 陳陈 際际 隨随 隱隐 雜杂 雞鸡 雲云 靈灵 順顺 預预 頻频 額额 類类 顧顾 風风 飛飞 ' +
  '飯饭 飲饮 館馆 騎骑 驗验 驚惊 鬧闹 魚鱼 鳥鸟 鹽盐 麥麦 黨党 齡龄 龍龙 著着 墜坠 氫氢 爆爆 燙烫 淚泪 嚇吓 ' +
  '訊讯 態态 慮虑 懷怀 戀恋 擾扰 污污 汙污 溼湿 淨净 滯滞 濫滥 瀝沥 灑洒 鍾钟 閘闸 陸陆 隸隶 雙双 雞鸡 靜静 ' +
  '項项 頂顶 順顺 領领 顯显 餘余 驅驱 骯肮 髒脏 鬥斗 麵面 齒齿 禁禁 傳传 僅仅 價价 優优 償偿 兒儿 內内 剛刚 ' +
  '劇剧 勵励 勸劝 區区 協协 參参 叢丛 員员 喪丧 嘆叹 噴喷 嚴严 園园 圓圆 墳坟 壯壮 壽寿 奪夺 奮奋 孤孤 寢寝 ' +
  '專专 尋寻 屆届 岡冈 島岛 峽峡 帶带 幹干 廂厢 彎弯 徑径 復复 惡恶 愛爱 慣惯 慶庆 憑凭 懶懒 戶户 拋抛 掃扫 ' +
  '損损 搖摇 攜携 敵敌 斃毙 時时 暫暂 曉晓 書书 朮术 東东 棄弃 榮荣 槓杠 樁桩 檔档 櫃柜 欄栏 權权 歡欢 毆殴 ' +
  '氣气 決决 沖冲 況况 淺浅 測测 湧涌 滬沪 漁渔 潔洁 澆浇 灘滩 爛烂 犧牺 獄狱 瑣琐 產产 畢毕 異异 療疗 痺痹 ' +
  '癢痒 皺皱 盜盗 睜睁 矯矫 碼码 礦矿 禱祷 秘秘 穀谷 窯窑 竄窜 紐纽 絕绝 綁绑 緩缓 緝缉 縮缩 繞绕 纏缠 罰罚 ' +
  '義义 聖圣 聲声 膽胆 興兴 舉举 艦舰 葉叶 蓋盖 蔭荫 薦荐 藏藏 蝕蚀 衆众 補补 襲袭 規规 觸触 詐诈 誘诱 謊谎 ' +
  '謹谨 豐丰 貓猫 貧贫 責责 賊贼 賴赖 贓赃 趨趋 跡迹 踐践 車车 軟软 輪轮 辭辞 遞递 郵邮 鄭郑 醞酝 醬酱 釀酿 ' +
  '鑰钥 鑽钻 長长 閃闪 闖闯 闊阔 陣阵 險险 隻只 雖虽 雞鸡 電电 霧雾 頁页 頒颁 頓顿 頸颈 顆颗 飄飘 餓饿 驢驴 ' +
  '驟骤 鬱郁 魯鲁 鮮鲜 鴨鸭 鵝鹅 麗丽 點点 鼓鼓 齣出'

const TRAD_TO_SIMP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const pair of TRAD_SIMP_PAIRS.split(' ')) {
    const chars = [...pair]
    if (chars.length === 2 && chars[0] !== chars[1]) map.set(chars[0]!, chars[1]!)
  }
  return map
})()

const TRADITIONAL = new RegExp(`[${[...TRAD_TO_SIMP.keys()].join('')}]`, 'gu')

/** NFKC, lower case, traditional → simplified. Length may change only through NFKC. */
/** The last input and its result: one analysis normalizes the same message for intent, urgency and category. */
let lastText = ''
let lastNormalized = ''

export function normalizeText(text: string): string {
  if (text === lastText) return lastNormalized
  const normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(TRADITIONAL, (ch) => TRAD_TO_SIMP.get(ch) ?? ch)
  lastText = text
  lastNormalized = normalized
  return normalized
}
