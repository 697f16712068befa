/**
 * One clock for every bench process: wall-clock milliseconds with sub-millisecond resolution.
 * The load generator and the fake Telegram API are separate processes on the same machine, so a
 * reply's arrival can be compared with its request's send time.
 */
export function nowMs(): number {
  return performance.timeOrigin + performance.now()
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
