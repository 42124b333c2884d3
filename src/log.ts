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

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino({ level: config.logLevel, redact: { paths: redactPaths, censor: '[redacted]' } }, destination);
}
