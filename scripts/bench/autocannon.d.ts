/** The part of autocannon's API the benches use (the package ships no types, and @types/autocannon is not a dependency). */
declare module 'autocannon' {
  namespace autocannon {
    interface RequestParams {
      method?: string
      path?: string
      headers?: Record<string, string>
      body?: string
    }
    interface Request extends RequestParams {
      setupRequest?: (request: RequestParams) => RequestParams
    }
    interface Options extends RequestParams {
      url: string
      connections?: number
      duration?: number
      amount?: number
      timeout?: number
      requests?: Request[]
    }
    interface Result {
      requests: { average: number; total: number }
      latency: { p50: number; p99: number; max: number }
      errors: number
      non2xx: number
      timeouts: number
    }
    interface Instance {
      on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): Instance
    }
  }
  function autocannon(options: autocannon.Options, callback: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance
  export = autocannon
}
