import pino, { type Logger } from 'pino';
import type { Config } from './config/index.ts';

/** Paths that may hold secrets; pino replaces them before anything is written. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'res.headers["x-csrf-token"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.totp',
  '*.totpSecret',
  '*.secret',
  '*.accessToken',
  '*.refreshToken',
  '*.appPassword',
];

/** Canopy's bearer values (sessions, API tokens, invitation links) wherever they appear in a URL. */
const tokenInUrl = /\b(cs|ci|canopy)_[A-Za-z0-9_-]{20,}/g;

export function redactUrl(url: string): string {
  return url.replace(tokenInUrl, '$1_[redacted]');
}

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: {
        // The request line only: never headers, and never a token carried in the path.
        req: (req: { method?: string; url?: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url ?? ''), ip: req.ip }),
      },
    },
    destination,
  );
}
