import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with one request: pass it on, pass it on but answer late, or answer itself. */
export type ProxyAction =
  | { kind: 'forward' }
  | { kind: 'delay'; ms: number }
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body: unknown };

export interface PdsProxy {
  url: string;
  /** XRPC method names (e.g. com.atproto.repo.createRecord) of the requests that reached the PDS. */
  forwarded: string[];
  /** Resolves once the PDS has answered every request passed on so far (whether or not the client still listens). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A local HTTP proxy in front of a PDS, for the failures a real network has: an answer that comes
 * after the client gave up (the request still reaches the PDS and takes effect), or an answer of
 * the proxy's own, such as a 429. `decide` sees the XRPC method and the HTTP method.
 */
export async function startPdsProxy(target: string, decide: (xrpcMethod: string, httpMethod: string) => ProxyAction): Promise<PdsProxy> {
  const upstream = new URL(target);
  const forwarded: string[] = [];
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const answered = () => {
    inFlight--;
    if (inFlight === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  const server = http.createServer((req, res) => {
    const nsid = new URL(req.url ?? '/', 'http://proxy').pathname.replace(/^\/xrpc\//, '');
    const action = decide(nsid, req.method ?? 'GET');
    if (action.kind === 'answer') {
      req.resume();
      res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
      res.end(JSON.stringify(action.body));
      return;
    }
    forwarded.push(nsid);
    inFlight++;
    const headers = { ...req.headers, host: upstream.host };
    const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        answered();
        const send = () => {
          if (res.destroyed) return; // the client gave up, as intended
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(chunks));
        };
        if (action.kind === 'delay') setTimeout(send, action.ms);
        else send();
      });
    });
    out.on('error', (err) => {
      answered();
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'UpstreamFailure', message: err.message }));
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwarded,
    settled: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
