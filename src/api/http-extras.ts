import type { Readable } from 'node:stream';

/** The little of HTTP a route handler may touch: cookies, the CSRF header, the caller's address, a raw body. */
export interface HttpExtras {
  ip: string;
  /** The session cookie's value, when the request came with one. */
  sessionToken: string | undefined;
  startSession(session: { token: string; csrfToken: string; expiresAt: Date }): void;
  clearSession(): void;
  /** Sends the browser elsewhere (OAuth round trips); the handler's return value is then ignored. */
  redirect(url: string): void;
  /** The request body as a stream, on routes with `rawBody`. */
  requestBody(): Readable;
  /** A request header, by its lower-case name (a repeated header's first value). */
  header(name: string): string | undefined;
  /** The body's length as the request declared it, when it did. */
  declaredLength: number | undefined;
}
