import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One post as the network stored it. */
export interface LandedPost {
  id: string;
  marker: string;
  text: string;
  replyTo: string | null;
  /** When the network took it (epoch ms). */
  receivedAt: number;
}

/**
 * How often each fault happens, as a share of calls (0 to 1), rolled once per call:
 * - `acceptThenDrop`: the post is stored, then the connection is cut before any answer (a write
 *   that timed out after it landed, the case that tempts a blind retry);
 * - `slow`: the post is stored and the answer comes `slowMs` later;
 * - `unavailable`: 503 before anything is stored;
 * - `rateLimited`: 429 with `retry-after` before anything is stored.
 * Writes get all four; lookups get `unavailable` and `rateLimited` only.
 */
export interface FaultPlan {
  /** Every answer waits this long, as a real network's round trip does. */
  latencyMs?: number;
  acceptThenDrop?: number;
  slow?: number;
  slowMs?: number;
  unavailable?: number;
  rateLimited?: number;
  retryAfterSeconds?: number;
}

type Fault = 'acceptThenDrop' | 'slow' | 'unavailable' | 'rateLimited';

/**
 * A network on a real local HTTP server that stores posts by marker and finds them again, and that
 * can be told to misbehave. It keeps every write it accepted, so a test can count duplicates: a
 * marker stored twice is a post published twice.
 *
 * - `POST /posts` {marker, text, replyTo?} → 200 {id, url}
 * - `GET /posts?marker=…` → 200 {post: {id, url} | null}
 */
export class FaultNetwork {
  /** Every write the network accepted, in order, duplicates included. */
  readonly writes: LandedPost[] = [];
  readonly faults: Record<Fault, number> = { acceptThenDrop: 0, slow: 0, unavailable: 0, rateLimited: 0 };
  readonly calls = { publish: 0, find: 0 };
  plan: FaultPlan = {};
  url = '';
  private readonly byMarker = new Map<string, LandedPost>();
  private server: http.Server | undefined;
  private seq = 0;

  constructor(private readonly random: () => number = Math.random) {}

  /** The first post stored under each marker. */
  landed(marker: string): LandedPost | undefined {
    return this.byMarker.get(marker);
  }

  /** How many writes stored a marker that was already there. */
  duplicates(): number {
    return this.writes.length - this.byMarker.size;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    // Many workers at once: keep-alive sockets should not be the bottleneck of a burst.
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private roll(allowed: Fault[]): Fault | null {
    let r = this.random();
    for (const fault of allowed) {
      const share = this.plan[fault] ?? 0;
      if (r < share) return fault;
      r -= share;
    }
    return null;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    if (this.plan.latencyMs) setTimeout(() => this.handle(req, res, body), this.plan.latencyMs);
    else this.handle(req, res, body);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://fault');
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname !== '/posts') return send(404, { error: 'not found' });
    const write = req.method === 'POST';
    if (write) this.calls.publish++;
    else this.calls.find++;
    const fault = this.roll(write ? ['acceptThenDrop', 'slow', 'unavailable', 'rateLimited'] : ['unavailable', 'rateLimited']);
    if (fault) this.faults[fault]++;
    if (fault === 'unavailable') return send(503, { error: 'try again later' });
    if (fault === 'rateLimited') return send(429, { error: 'slow down' }, { 'retry-after': String(this.plan.retryAfterSeconds ?? 1) });
    if (!write) {
      const found = this.byMarker.get(url.searchParams.get('marker') ?? '');
      return send(200, { post: found ? this.view(found) : null });
    }
    let input: { marker?: unknown; text?: unknown; replyTo?: unknown };
    try {
      input = JSON.parse(body) as typeof input;
    } catch {
      return send(400, { error: 'body must be JSON' });
    }
    if (typeof input.marker !== 'string' || typeof input.text !== 'string') return send(400, { error: 'marker and text are required' });
    const post: LandedPost = {
      id: `fp-${++this.seq}`,
      marker: input.marker,
      text: input.text,
      replyTo: typeof input.replyTo === 'string' ? input.replyTo : null,
      receivedAt: Date.now(),
    };
    this.writes.push(post);
    if (!this.byMarker.has(post.marker)) this.byMarker.set(post.marker, post);
    if (fault === 'acceptThenDrop') {
      res.socket?.destroy();
      return;
    }
    if (fault === 'slow') {
      setTimeout(() => send(200, this.view(post)), this.plan.slowMs ?? 2_000);
      return;
    }
    send(200, this.view(post));
  }

  private view(post: LandedPost): { id: string; url: string } {
    return { id: post.id, url: `${this.url}/posts/${post.id}` };
  }
}
