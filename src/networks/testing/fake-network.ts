import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON or as a form, when it is one. */
  json: unknown;
  form: URLSearchParams | null;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer only after this long (to make the client time out after the request arrived). */
  delayMs?: number;
}

type Handler = (req: RecordedRequest) => FakeReply | Promise<FakeReply>;

/**
 * A local HTTP server that answers as a closed network documents it, for an adapter's contract
 * tests. Routes are "METHOD /path" (path without query); unmatched requests get 404. Every request
 * is recorded, so a test can assert what the adapter sent.
 */
export class FakeNetwork {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Handler>();
  private server: http.Server | undefined;
  url = '';

  on(route: string, handler: Handler | FakeReply): this {
    this.routes.set(route, typeof handler === 'function' ? handler : () => handler);
    return this;
  }

  /** Requests sent to one route. */
  sent(route: string): RecordedRequest[] {
    const [method, path] = route.split(' ');
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const url = new URL(req.url ?? '/', 'http://fake');
        const body = Buffer.concat(chunks).toString('utf8');
        const type = req.headers['content-type'] ?? '';
        let json: unknown;
        try {
          json = type.includes('json') && body ? JSON.parse(body) : undefined;
        } catch {
          json = undefined;
        }
        const recorded: RecordedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body,
          json,
          form: type.includes('application/x-www-form-urlencoded') ? new URLSearchParams(body) : null,
        };
        this.requests.push(recorded);
        const handler = this.routes.get(`${recorded.method} ${recorded.path}`);
        const reply: FakeReply = handler ? await handler(recorded) : { status: 404, body: { error: 'not found' } };
        const send = () => {
          const payload = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
          res.writeHead(reply.status ?? 200, {
            ...(typeof reply.body === 'object' ? { 'content-type': 'application/json' } : {}),
            ...reply.headers,
          });
          res.end(payload);
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
