import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` is the HMAC-SHA256 of `payload` under `secret`, written as `prefix` plus the
 * digest in `encoding`. Compared in constant time; anything malformed is simply not a match.
 */
export function hmacMatches(input: { secret: string; payload: Buffer | string; given: string | undefined; prefix: string; encoding: 'hex' | 'base64' }): boolean {
  if (!input.given?.startsWith(input.prefix) || !input.secret) return false;
  const expected = Buffer.from(hmacOf(input.secret, input.payload, input.encoding));
  const actual = Buffer.from(input.given.slice(input.prefix.length));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function hmacOf(secret: string, payload: Buffer | string, encoding: 'hex' | 'base64'): string {
  return createHmac('sha256', secret).update(payload).digest(encoding);
}
