import { fetch, request, type Agent, type BodyInit, type Response as UndiciResponse } from 'undici';
import type { BudgetStore } from './rate-budget.ts';
import { readRateHeaders } from './rate-budget.ts';
import { refuseLiteralPrivateHost, sharedGuardedAgent, type AddressAllowance } from './ssrf.ts';

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  /** Which budget this call spends, e.g. "post" or "read"; calls share one when unset. */
  bucket?: string;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** Why no response came back. A timeout may mean the request took effect. */
export type HttpFailure =
  | { kind: 'timeout'; reason: string }
  /** `maybeSent`: the connection broke after the request may have gone out, so a write may have landed. */
  | { kind: 'network'; reason: string; maybeSent: boolean }
  | { kind: 'refused'; reason: string }
  | { kind: 'budget'; retryAt: Date; reason: string };

export interface NetworkHttpOptions {
  /** Namespaces this account's budgets, e.g. "bluesky:did:plc:…". */
  budgetKey: string;
  budgets: BudgetStore;
  /** Production reaches public addresses only; tests allow the loopback addresses their networks run on. */
  allow: AddressAllowance;
  timeoutMs?: number;
  now?: () => Date;
}

const MAX_REDIRECTS = 5;

/**
 * The only way an adapter reaches its network: time-limited, guarded against server-side request
 * forgery on every hop, and budgeted by the rate-limit headers the network sends, so Canopy waits
 * instead of causing 429s.
 */
export class NetworkHttp {
  private readonly agent: Agent;
  private readonly now: () => Date;

  constructor(private readonly opts: NetworkHttpOptions) {
    this.agent = sharedGuardedAgent(opts.allow);
    this.now = opts.now ?? (() => new Date());
  }

  async send(req: HttpRequest): Promise<HttpResponse | HttpFailure> {
    const init = { method: req.method ?? 'GET', headers: req.headers, body: req.body };
    // Plain bodies go through undici's request, a fraction of fetch's cost per call; forms and
    // streams through fetch, which encodes them.
    const plain = init.body === undefined || typeof init.body === 'string' || init.body instanceof Uint8Array;
    const res = await this.exchange(req.url, init, req.bucket, req.timeoutMs, plain ? requestHop : fetchHop);
    if ('kind' in res) return res;
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: parseJson(text) };
  }

  /**
   * Records that a budget is spent until a time the network gave in a response body (a daily
   * quota error, say), so the next call waits instead of being sent.
   */
  async markSpent(bucket: string | undefined, resetAt: Date): Promise<void> {
    await this.opts.budgets.set(`${this.opts.budgetKey}:${bucket ?? 'default'}`, { remaining: 0, resetAt });
  }

  /**
   * A fetch-compatible function over the same guard and budget, for network SDKs that take one
   * (@atproto/api, masto). A spent budget answers 429 with Retry-After, without calling.
   */
  asFetch(bucket?: string, timeoutMs?: number): typeof globalThis.fetch {
    return async (input, init) => {
      // SDKs that build a Request (the atproto OAuth client does) carry the method, headers and
      // body in it, not in init.
      const request = input instanceof Request ? input : undefined;
      const url = request ? request.url : String(input);
      const headers = Object.fromEntries(new Headers(init?.headers ?? request?.headers).entries());
      const body = init?.body ?? (request?.body ? new Uint8Array(await request.arrayBuffer()) : undefined);
      const res = await this.exchange(url, { method: init?.method ?? request?.method ?? 'GET', headers, body: body as BodyInit | undefined }, bucket, timeoutMs, fetchHop);
      if (!('kind' in res)) return res.response as unknown as Response;
      if (res.kind === 'budget') {
        return new Response(JSON.stringify({ error: 'RateLimitExceeded', message: res.reason }), {
          status: 429,
          headers: { 'retry-after': String(Math.max(1, Math.ceil((res.retryAt.getTime() - this.now().getTime()) / 1000))) },
        });
      }
      throw Object.assign(new TypeError(res.reason), { name: res.kind === 'timeout' ? 'TimeoutError' : 'TypeError', canopyFailure: res });
    };
  }

  private async exchange<R extends Hop>(target: string, init: HopInit, bucket: string | undefined, timeoutMs: number | undefined, hop: (url: URL, init: HopInit, agent: Agent, signal: AbortSignal) => Promise<R>): Promise<R | HttpFailure> {
    const key = `${this.opts.budgetKey}:${bucket ?? 'default'}`;
    const budget = await this.opts.budgets.get(key);
    if (budget?.remaining === 0 && budget.resetAt && budget.resetAt > this.now()) {
      return { kind: 'budget', retryAt: budget.resetAt, reason: `rate limit reached until ${budget.resetAt.toISOString()}` };
    }
    let url = new URL(target);
    for (let redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'refused', reason: `Unsupported URL scheme ${url.protocol}` };
      const literal = refuseLiteralPrivateHost(url, this.opts.allow);
      if (literal) return { kind: 'refused', reason: literal };
      let res: R;
      try {
        res = await hop(url, init, this.agent, AbortSignal.timeout(timeoutMs ?? this.opts.timeoutMs ?? 30_000));
      } catch (err) {
        return failureOf(err);
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location && init.method === 'GET') {
        await res.discard();
        const next = new URL(location, url);
        // Credentials are for the host they were given to: a redirect elsewhere goes without them.
        if (next.origin !== url.origin) init = { ...init, headers: withoutCredentials(init.headers) };
        url = next;
        continue;
      }
      const state = readRateHeaders(res.status, res.headers, this.now());
      if (state) await this.opts.budgets.set(key, state);
      return res;
    }
    return { kind: 'refused', reason: 'Too many redirects' };
  }
}

type HopInit = { method: string; headers?: Record<string, string> | undefined; body?: BodyInit | undefined };

/** One request and its answer, redirects not followed. */
interface Hop {
  status: number;
  headers: Headers;
  text(): Promise<string>;
  discard(): Promise<void>;
}

async function fetchHop(url: URL, init: HopInit, agent: Agent, signal: AbortSignal): Promise<Hop & { response: UndiciResponse }> {
  const response = await fetch(url, { ...init, redirect: 'manual', dispatcher: agent, signal });
  return {
    response,
    status: response.status,
    headers: response.headers as unknown as Headers,
    text: () => response.text(),
    discard: async () => void (await response.body?.cancel()),
  };
}

async function requestHop(url: URL, init: HopInit, agent: Agent, signal: AbortSignal): Promise<Hop> {
  const res = await request(url, { method: init.method as 'GET', headers: init.headers, body: init.body as string | Uint8Array | undefined, dispatcher: agent, signal });
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) headers.append(name, v);
  return { status: res.statusCode, headers, text: () => res.body.text(), discard: () => res.body.dump() };
}

function withoutCredentials(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !['authorization', 'cookie', 'proxy-authorization'].includes(name.toLowerCase())));
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function failureOf(err: unknown): HttpFailure {
  const e = err as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return { kind: 'timeout', reason: 'The network did not answer in time' };
  // fetch wraps the socket's error as its cause; request throws it as it is.
  const cause = e.cause ?? e;
  if (cause.code === 'ESSRF') return { kind: 'refused', reason: cause.message ?? 'Refused address' };
  const neverSent = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'];
  return { kind: 'network', reason: cause.message ?? e.message ?? 'Network error', maybeSent: !neverSent.includes(cause.code ?? '') };
}

export function isHttpFailure(r: HttpResponse | HttpFailure): r is HttpFailure {
  return 'kind' in r;
}
