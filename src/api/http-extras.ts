/** The little of HTTP a route handler may touch: cookies, the CSRF header, the caller's address. */
export interface HttpExtras {
  ip: string;
  /** The session cookie's value, when the request came with one. */
  sessionToken: string | undefined;
  startSession(session: { token: string; csrfToken: string; expiresAt: Date }): void;
  clearSession(): void;
  /** Sends the browser elsewhere (OAuth round trips); the handler's return value is then ignored. */
  redirect(url: string): void;
}
