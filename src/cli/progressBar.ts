/**
 * A progress bar on stderr (stdout may be a pipe carrying data). On a terminal it redraws one line; in a
 * log it prints a line every 10%, so CI output stays short.
 */
export interface Progress {
  update(done: number): void
  done(message?: string): void
}

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = !!stream.isTTY
  const t0 = Date.now()
  let lastDraw = 0
  let lastStep = -1
  const render = (n: number) => {
    const frac = total > 0 ? Math.min(1, n / total) : 1
    const width = 30
    const fill = Math.round(frac * width)
    const secs = ((Date.now() - t0) / 1000).toFixed(1)
    return `${label} [${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${Math.round(frac * 100)}% ${n}/${total} ${secs}s`
  }
  return {
    update(n) {
      if (tty) {
        const now = Date.now()
        if (now - lastDraw < 100 && n < total) return
        lastDraw = now
        stream.write(`\r${render(n)}`)
        return
      }
      const step = total > 0 ? Math.floor((n / total) * 10) : 10
      if (step > lastStep) {
        lastStep = step
        stream.write(`${render(n)}\n`)
      }
    },
    done(message) {
      if (tty) stream.write(`\r${render(total)}\n`)
      if (message) stream.write(`${message}\n`)
    },
  }
}

/** No output: small files do not need a bar. */
export const silentProgress: Progress = { update() {}, done() {} }
