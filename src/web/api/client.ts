// The one way the web app talks to the API: same-origin fetch with the session cookie, the CSRF
// token handed back on every write, and problem+json errors turned into ApiError.

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;

function remember(res: Response): void {
  const token = res.headers.get('x-csrf-token');
  if (token) csrfToken = token;
}

function isProblem(value: unknown): value is { code: string; detail: string; problems?: FieldProblem[] } {
  return typeof value === 'object' && value !== null && 'code' in value && 'detail' in value;
}

async function toError(res: Response): Promise<ApiError> {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a generic error.
  }
  if (isProblem(body)) return new ApiError(res.status, body.code, body.detail, body.problems ?? []);
  return new ApiError(res.status, res.status >= 500 ? 'internal' : 'unknown', text.slice(0, 300) || res.statusText);
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
  }
}

/** Calls the API and returns the parsed body (undefined for 204). Throws ApiError on failure. */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res = await send(method, path, body);
  remember(res);
  if (res.status === 403 && method !== 'GET') {
    const err = await toError(res.clone());
    if (err.code === 'csrf_failed') {
      // The token went stale (a new session in another tab): fetch a fresh one and try once more.
      const me = await send('GET', '/api/v1/me', undefined);
      remember(me);
      res = await send(method, path, body);
      remember(res);
    }
  }
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(path: string): Promise<T> => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown): Promise<T> => api<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: unknown): Promise<T> => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown): Promise<T> => api<T>('PATCH', path, body);
export const del = (path: string): Promise<void> => api<void>('DELETE', path);

/**
 * Sends a file as the raw request body, reporting how much has gone (0 to 1) as it goes; fetch
 * cannot tell upload progress, XMLHttpRequest can. Resolves with the parsed answer, or throws ApiError.
 */
export function upload<T>(path: string, file: Blob, onProgress: (sent: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const token = xhr.getResponseHeader('x-csrf-token');
      if (token) csrfToken = token;
      const res = new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText });
      if (res.ok) void res.json().then((body) => resolve(body as T), reject);
      else void toError(res).then(reject, reject);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The upload did not reach the server.'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was cancelled.'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
