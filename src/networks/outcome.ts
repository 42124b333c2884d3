/**
 * What a network call came to. Only an adapter knows its network's errors; everything above it
 * sees one of these. `unknown` means the request may have taken effect (a timeout after sending):
 * never retry it blindly, reconcile with Publisher.find first.
 */
export type Outcome<T = void> =
  | { kind: 'ok'; value: T }
  | { kind: 'rate_limited'; retryAt: Date; reason: string }
  | { kind: 'unauthorized'; reason: string }
  | { kind: 'rejected'; reason: string; code?: string }
  | { kind: 'transient'; reason: string }
  | { kind: 'unknown'; reason: string };

export type Failure = Exclude<Outcome<never>, { kind: 'ok' }>;

export const ok = <T>(value: T): Outcome<T> => ({ kind: 'ok', value });
export const rejected = (reason: string, code?: string): Failure => ({ kind: 'rejected', reason, ...(code ? { code } : {}) });
export const transient = (reason: string): Failure => ({ kind: 'transient', reason });
export const unknown = (reason: string): Failure => ({ kind: 'unknown', reason });
export const unauthorized = (reason: string): Failure => ({ kind: 'unauthorized', reason });
export const rateLimited = (retryAt: Date, reason: string): Failure => ({ kind: 'rate_limited', retryAt, reason });

export function isOk<T>(o: Outcome<T>): o is { kind: 'ok'; value: T } {
  return o.kind === 'ok';
}
