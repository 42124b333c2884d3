import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  seconds: number;
}

/**
 * Keeps `connections` requests in flight against one URL for `seconds`, from a worker thread so
 * the load generator does not share the server's event loop. Only 127.0.0.1 is ever a target.
 * Any error or non-2xx answer fails the run: a fast 401 is not a figure.
 */
export async function load(opts: LoadOptions): Promise<LoadResult> {
  const target = new URL(opts.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`benchmarks only send traffic to 127.0.0.1, not ${target.hostname}`);
  const result = await autocannon({
    url: opts.url,
    headers: opts.headers ?? {},
    connections: opts.connections,
    duration: opts.seconds,
    workers: 1,
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${opts.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers (4xx ${result['4xx']}, 5xx ${result['5xx']})`);
  }
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    seconds: result.duration,
  };
}
