/** Short replies understood in conversation: greetings, yes/no, skip, cancel, "this is more about the same". */
const strip = (s: string) => s.replace(/[\s，。！？!?,.~～]/g, '')

export function isAffirmative(text: string): boolean {
  const s = strip(text)
  return /^(是|是的|好|好的|可以|行|嗯|要|需要|确认|提交|提交工单|转人工|人工|麻烦了|ok|yes)/i.test(s) && s.length <= 12
}

export function isNegative(text: string): boolean {
  const s = strip(text)
  return /^(不|不用|不需要|算了|没事|不要|no)/i.test(s) && s.length <= 12
}

export function isSkip(text: string): boolean {
  return /^(跳过|不方便|不知道|说不清)/.test(strip(text))
}

export function isCancel(text: string): boolean {
  return /^(取消|撤销|不办了|不提交)/.test(strip(text))
}

export function isSupplement(text: string): boolean {
  return /(补充|另外|还有|刚才|刚刚|上述|这个问题|仍然|依然|还是没|又)/.test(text)
}

/** A bare greeting or thanks, with nothing to act on: it gets a greeting, not a request for a place. */
export function isGreeting(text: string): boolean {
  const s = strip(text)
  return (
    /^(你好|您好|在吗|在不在|有人吗|哈喽|嗨|hi|hello|早上好|下午好|晚上好)(啊|呀|哈|呢|了)?$/i.test(s) || isThanks(s)
  )
}

/** Thanks alone ("谢谢", "感谢"): answered as thanks, not with the opening greeting. */
export function isThanks(text: string): boolean {
  return /^(谢谢|多谢|感谢|辛苦)(你们|您们|你|您|了|啦|大家|政府|领导|工作人员|热线)*[啊呀哈呢了啦]*$/.test(strip(text))
}

/** A bare "ok" ("好的", "嗯嗯", "收到", "知道了") that asks for nothing. */
export function isAcknowledgement(text: string): boolean {
  const s = strip(text)
  return (
    s.length <= 4 &&
    /^(是|是的|好|好的|好滴|好嘞|嗯|嗯嗯|哦|噢|行|可以|收到|知道了|明白|明白了|了解|ok|okay|不用|不用了|算了|没事|没事了|好了)$/i.test(
      s,
    )
  )
}

/** After an answer: the citizen asks for a person to take it up ("提交工单", "转人工", "没解决"). */
export function wantsTicket(text: string): boolean {
  const s = strip(text)
  return (
    s.length <= 16 &&
    /^(提交工单|提交|转人工|人工|人工服务|人工处理|要人工|没解决|未解决|没有解决|还是没解决|不能解决|我要投诉|登记工单)/.test(
      s,
    )
  )
}
