export interface TestResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A small HTTP client for tests that signs in the way the web app does: it keeps the session
 * cookie and sends the CSRF token back on writes.
 */
export class TestClient {
  private cookie: string | undefined;
  private csrf: string | undefined;
  constructor(
    readonly baseUrl: string,
    private bearer?: string,
  ) {}

  withToken(token: string): TestClient {
    return new TestClient(this.baseUrl, token);
  }

  async request<T = Record<string, unknown>>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] ??= 'application/json';
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] ??= this.csrf;
    const res = await fetch(this.baseUrl + url, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof ReadableStream ? body : body instanceof Uint8Array ? Buffer.from(body) : JSON.stringify(body),
      // A stream goes out in chunks, with no length announced.
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      redirect: 'manual',
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const csrf = res.headers.get('x-csrf-token');
    if (csrf) this.csrf = csrf;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = Record<string, unknown>>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = Record<string, unknown>>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body);
  }
  patch<T = Record<string, unknown>>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = Record<string, unknown>>(url: string) {
    return this.request<T>('DELETE', url);
  }
  /** Sends raw bytes (an upload) with the given content type. */
  upload<T = Record<string, unknown>>(url: string, bytes: Uint8Array | ReadableStream<Uint8Array>, contentType = 'application/octet-stream') {
    return this.request<T>('POST', url, bytes, { 'content-type': contentType });
  }
  /** A response's body as bytes, for files. */
  async download(url: string): Promise<{ status: number; bytes: Uint8Array; headers: Headers }> {
    const res = await fetch(this.baseUrl + url, { headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}) } });
    return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()), headers: res.headers };
  }
}

let counter = 0;
/** A unique email for a test person. */
export const uniqueEmail = (who: string) => `${who}.${process.pid}.${Date.now()}.${++counter}@example.test`;
