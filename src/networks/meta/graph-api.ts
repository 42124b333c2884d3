import { createHmac } from 'node:crypto';
import type { BodyInit, FormData } from 'undici';
import { failureOfHttp, failureOfStatus } from '../http-outcome.ts';
import type { AdapterSession, PublishedPost } from '../adapter.ts';
import { isHttpFailure, type HttpResponse, type NetworkHttp } from '../http.ts';
import { ok, rateLimited, rejected, transient, unauthorized, unknown, type Failure, type Outcome } from '../outcome.ts';
import { readRateHeaders } from '../rate-budget.ts';

/**
 * What Facebook, Instagram, Messenger, WhatsApp and Threads share: Meta's Graph API, its URL
 * layout, its error body and its rate-limit codes (Meta docs: "Graph API › Handling Errors",
 * "Graph API › Rate Limits").
 */
export const FACEBOOK_GRAPH_URL = 'https://graph.facebook.com';
export const FACEBOOK_GRAPH_VIDEO_URL = 'https://graph-video.facebook.com';
/** Pinned so a Meta release never changes field names under us; v24.0 is available until 2028. */
export const GRAPH_VERSION = 'v24.0';

/** The body Meta sends with every error: `{ "error": { … } }`. */
export interface GraphError {
  message: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  error_user_title?: string;
  error_user_msg?: string;
  is_transient?: boolean;
  fbtrace_id?: string;
}

export function graphErrorOf(json: unknown): GraphError | null {
  if (typeof json !== 'object' || json === null || !('error' in json)) return null;
  const error = (json as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const e = error as Record<string, unknown>;
  return {
    message: typeof e.message === 'string' ? e.message : 'Unknown Graph API error',
    ...(typeof e.type === 'string' ? { type: e.type } : {}),
    ...(typeof e.code === 'number' ? { code: e.code } : typeof e.code === 'string' && /^\d+$/.test(e.code) ? { code: Number(e.code) } : {}),
    ...(typeof e.error_subcode === 'number' ? { error_subcode: e.error_subcode } : {}),
    ...(typeof e.error_user_title === 'string' ? { error_user_title: e.error_user_title } : {}),
    ...(typeof e.error_user_msg === 'string' ? { error_user_msg: e.error_user_msg } : {}),
    ...(typeof e.is_transient === 'boolean' ? { is_transient: e.is_transient } : {}),
    ...(typeof e.fbtrace_id === 'string' ? { fbtrace_id: e.fbtrace_id } : {}),
  };
}

/** Codes Meta uses for throttling: app (4), user (17), page (32), custom (613), application limit (341), and the per-product business use case limits 80000–80014. */
export function isRateLimitCode(code: number): boolean {
  return code === 4 || code === 17 || code === 32 || code === 613 || code === 341 || (code >= 80000 && code <= 80014);
}

/** The default wait when Meta throttles without saying for how long: its windows roll over an hour. */
const DEFAULT_THROTTLE_MS = 60 * 60_000;

/**
 * When throttled calls may resume: the business use case header's estimated_time_to_regain_access
 * when Meta sends one, otherwise what the usage headers say, otherwise an hour.
 */
export function retryAtOf(res: HttpResponse, now: Date): Date {
  const buc = res.headers.get('x-business-use-case-usage');
  if (buc) {
    try {
      const byId = JSON.parse(buc) as Record<string, Array<{ estimated_time_to_regain_access?: number }>>;
      const minutes = Math.max(0, ...Object.values(byId).flat().map((e) => e.estimated_time_to_regain_access ?? 0));
      if (minutes > 0) return new Date(now.getTime() + minutes * 60_000);
    } catch {
      // a malformed header says nothing; fall through to the others
    }
  }
  const state = readRateHeaders(res.status, res.headers, now);
  if (state?.remaining === 0 && state.resetAt && state.resetAt > now) return state.resetAt;
  return new Date(now.getTime() + DEFAULT_THROTTLE_MS);
}

/** A network's own codes (WhatsApp's 131xxx, Messenger's window) looked at before the shared ones. */
export type GraphErrorClassifier = (error: GraphError, res: HttpResponse, now: Date) => Failure | null;

/** The reason shown to people: Meta's message for users when it has one, with the code for support. */
export function reasonOf(error: GraphError): string {
  const text = error.error_user_msg ?? error.message;
  const code = error.code === undefined ? '' : ` (#${error.code}${error.error_subcode ? `/${error.error_subcode}` : ''})`;
  return `${text}${code}`;
}

/** A Graph API error response → Outcome, by Meta's code first and the HTTP status last. */
export function failureOfGraph(res: HttpResponse, opts: { write: boolean; now?: Date; classify?: GraphErrorClassifier }): Failure {
  const now = opts.now ?? new Date();
  const error = graphErrorOf(res.json);
  if (!error) return failureOfStatus(res, `HTTP ${res.status}: ${res.text.slice(0, 200)}`, { write: opts.write, now });
  const own = opts.classify?.(error, res, now);
  if (own) return own;
  const reason = reasonOf(error);
  const code = error.code;
  if (code !== undefined && isRateLimitCode(code)) return rateLimited(retryAtOf(res, now), reason);
  // 190: the token expired (463), was invalidated (467), the password changed (460) or the app was removed (458).
  // 102 is the older session error. None of these heal by retrying.
  if (code === 190 || code === 102) return unauthorized(`invalid_grant: ${reason}`);
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) return rejected(reason, 'permission');
  if (code === 100) return rejected(reason, 'invalid_parameter');
  if (code === 368) return rejected(reason, 'blocked');
  if (code === 506) return rejected(reason, 'duplicate');
  if (code === 1 || code === 2 || error.is_transient === true) return transient(reason);
  return failureOfStatus(res, reason, { write: opts.write, now });
}

export type GraphParams = Record<string, string | number | boolean | undefined>;

export interface GraphRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Relative to the versioned root, e.g. "123/feed"; with `unversioned`, relative to the host. */
  path: string;
  unversioned?: boolean;
  query?: GraphParams;
  /** Sent form-encoded, as Meta documents its parameters. */
  form?: GraphParams;
  json?: unknown;
  /** undici's FormData: the fetch NetworkHttp uses does not recognise the global one. */
  multipart?: FormData;
  /**
   * Whether a timeout or gateway error may have left something behind that people can see.
   * Defaults to true for POST and DELETE; preparatory steps (unpublished photos, containers) say false.
   */
  write?: boolean;
}

export interface GraphClientOptions {
  http: NetworkHttp;
  /** Host root, e.g. https://graph.facebook.com; tests point it at a local fake. */
  baseUrl: string;
  version: string;
  token?: string;
  /**
   * Facebook's hosts take the token as a Bearer header (kept out of URLs and logs). Threads
   * documents only the access_token query parameter, so it goes there.
   */
  tokenIn: 'header' | 'query';
  /** With the app secret every call carries appsecret_proof, as "Require App Secret" apps need. */
  appSecret?: string;
  classify?: GraphErrorClassifier;
  now?: () => Date;
}

/** A small Graph API client over NetworkHttp: builds URLs, carries the token, maps errors. */
export class GraphClient {
  constructor(private readonly opts: GraphClientOptions) {}

  get<T>(path: string, query?: GraphParams): Promise<Outcome<T>> {
    return this.request<T>({ method: 'GET', path, ...(query ? { query } : {}) });
  }

  post<T>(path: string, form?: GraphParams, extra: Partial<GraphRequest> = {}): Promise<Outcome<T>> {
    return this.request<T>({ method: 'POST', path, ...(form ? { form } : {}), ...extra });
  }

  delete<T>(path: string): Promise<Outcome<T>> {
    return this.request<T>({ method: 'DELETE', path });
  }

  async request<T>(req: GraphRequest): Promise<Outcome<T>> {
    const method = req.method ?? 'GET';
    const write = req.write ?? method !== 'GET';
    const url = new URL(req.unversioned ? `${this.opts.baseUrl}/${req.path}` : `${this.opts.baseUrl}/${this.opts.version}/${req.path}`);
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = {};
    const token = this.opts.token;
    if (token) {
      if (this.opts.tokenIn === 'header') headers.authorization = `Bearer ${token}`;
      else url.searchParams.set('access_token', token);
      if (this.opts.appSecret) url.searchParams.set('appsecret_proof', appSecretProof(token, this.opts.appSecret));
    }
    let body: BodyInit | undefined;
    if (req.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(req.json);
    } else if (req.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = formOf(req.form).toString();
    } else if (req.multipart) {
      body = req.multipart;
    }
    const res = await this.opts.http.send({ method, url: url.toString(), headers, ...(body !== undefined ? { body } : {}) });
    if (isHttpFailure(res)) return failureOfHttp(res, { write });
    const now = this.opts.now?.() ?? new Date();
    if (res.status >= 400 || graphErrorOf(res.json)) {
      return failureOfGraph(res, { write, now, ...(this.opts.classify ? { classify: this.opts.classify } : {}) });
    }
    if (res.json === undefined) {
      // Something between us and Meta answered; a write may still have reached Meta.
      const reason = `Unexpected non-JSON answer (HTTP ${res.status})`;
      return write ? unknown(reason) : transient(reason);
    }
    return ok(res.json as T);
  }
}

function formOf(params: GraphParams): URLSearchParams {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) form.set(k, String(v));
  return form;
}

/** HMAC-SHA256 of the token keyed with the app secret (Meta docs: "Securing Graph API Requests"). */
export function appSecretProof(token: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(token).digest('hex');
}

/** Graph list responses: `{ data: [...], paging: { cursors: { after }, next } }`. */
export interface GraphList<T> {
  data: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string };
}

/** The cursor to continue with, or null when Meta says there is no next page. */
export function nextCursor(list: GraphList<unknown>): string | null {
  return list.paging?.next && list.paging.cursors?.after ? list.paging.cursors.after : null;
}

/** One page of a Graph list, each row turned into zero or more items, and the cursor to go on with. */
export async function readPage<Row, Item>(graph: GraphClient, path: string, query: GraphParams, itemsOf: (row: Row) => Item[]): Promise<Outcome<{ items: Item[]; cursor: string | null }>> {
  const list = await graph.get<GraphList<Row>>(path, query);
  if (list.kind !== 'ok') return list;
  return ok({ items: list.value.data.flatMap(itemsOf), cursor: nextCursor(list.value) });
}

/** Meta's `?ids=` lookup reads up to 50 objects in one call. */
const IDS_PER_CALL = 50;

/** Many objects by id, 50 to a call; ids Meta no longer knows are simply missing from the map. */
export async function readNodes<T>(graph: GraphClient, ids: string[], fields: string): Promise<Outcome<Map<string, T>>> {
  const nodes = new Map<string, T>();
  for (let i = 0; i < ids.length; i += IDS_PER_CALL) {
    const batch = await graph.get<Record<string, T>>('', { ids: ids.slice(i, i + IDS_PER_CALL).join(','), fields });
    if (batch.kind !== 'ok') return batch;
    for (const [id, node] of Object.entries(batch.value)) nodes.set(id, node);
  }
  return ok(nodes);
}

/** A created object's id; Graph answers `{ id }` (and sometimes `post_id`). */
export function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { id?: unknown };
  return typeof v.id === 'string' && v.id ? v.id : null;
}

/**
 * What a create call answered → PublishedPost. Graph answers `{ id }`, and a Page photo also the
 * feed story's `post_id`, which is the post people see.
 */
export function publishedFrom(answer: Outcome<unknown>, urlOf: (id: string) => string | null = () => null): Outcome<PublishedPost> {
  if (answer.kind !== 'ok') return answer;
  const story = (answer.value as { post_id?: unknown } | null)?.post_id;
  const id = typeof story === 'string' && story ? story : idOf(answer.value);
  if (!id) return transient('The network accepted it but returned no id');
  return ok({ remoteId: id, url: urlOf(id) });
}

/** Graph answers actions (delete, hide, like) with `{ success: true }`. */
export function succeeded(answer: Outcome<{ success?: boolean }>): Outcome {
  if (answer.kind !== 'ok') return answer;
  return answer.value.success === false ? transient('The network did not confirm the action') : ok(undefined);
}

export function unixSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

/** Where a profile made from a sub-account (a Page, or the Instagram account of a Page) keeps its own token. */
export function subAccountTokenKey(remoteId: string): string {
  return `token:${remoteId}`;
}

/**
 * A Graph client acting as the session's profile: the sub-account's own token when the login
 * stored one for it (Page tokens from a long-lived user token do not expire), else the profile's token.
 */
export function graphFor(
  session: AdapterSession,
  opts: { baseUrl: string; version?: string; tokenIn?: 'header' | 'query'; proof?: boolean; classify?: GraphErrorClassifier },
): Outcome<GraphClient> {
  const token = session.credentials.extra?.[subAccountTokenKey(session.account.remoteId)] ?? session.credentials.accessToken;
  if (!token) return unauthorized('invalid_grant: no access token stored for this profile; connect it again');
  const appSecret = opts.proof === false ? undefined : session.app?.clientSecret;
  return ok(
    new GraphClient({
      http: session.http,
      baseUrl: opts.baseUrl,
      version: opts.version ?? GRAPH_VERSION,
      token,
      tokenIn: opts.tokenIn ?? 'header',
      ...(appSecret ? { appSecret } : {}),
      ...(opts.classify ? { classify: opts.classify } : {}),
    }),
  );
}
