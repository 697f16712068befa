/** The part of autocannon's API the bench uses (the package ships no type declarations). */
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string | string[]
      connections?: number
      duration?: number
      amount?: number
      timeout?: number
      method?: string
      body?: string
      headers?: Record<string, string>
      requests?: Record<string, unknown>[]
    }
    interface Histogram {
      average: number
      mean: number
      p50: number
      p99: number
      total: number
      max: number
    }
    /** A thenable (then/catch only) that can be stopped early. */
    interface Instance extends PromiseLike<Result> {
      stop(): void
    }
    interface Result {
      requests: Histogram
      latency: Histogram
      throughput: Histogram
      non2xx: number
      errors: number
      timeouts: number
      duration: number
    }
  }
  function autocannon(opts: autocannon.Options): autocannon.Instance
  export default autocannon
}
