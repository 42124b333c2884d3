import * as OTPAuth from 'otpauth';

const PERIOD = 30;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return new OTPAuth.TOTP({ issuer: 'Canopy', label: email, secret: OTPAuth.Secret.fromBase32(secretBase32), period: PERIOD }).toString();
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way. Returns the time step it
 * matched, so callers can refuse a step already used (a replayed code), or null.
 */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secretBase32), period: PERIOD });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The current code; used by the CLI's tests and by people scripting their own sign-in. */
export function currentTotp(secretBase32: string, now: Date): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secretBase32), period: PERIOD, timestamp: now.getTime() });
}
