import path from 'node:path';
import { z } from 'zod';

/** Every setting Canopy reads from its environment. Parsed once at start; nothing else reads process.env. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587' }).optional(),
  MAIL_FROM: z.string().min(3).max(300).default('Canopy <canopy@localhost>'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  CANOPY_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (44 characters), e.g. from `openssl rand -base64 32`')
    .optional(),
  CANOPY_PREVIOUS_SECRET_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/, 'must be a comma-separated list of older 32-byte base64 keys')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  NETWORK_ALLOW_PRIVATE_ADDRESSES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** The token Canopy gives Meta for its webhook subscription check (hub.verify_token). */
  WEBHOOK_VERIFY_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  MEDIA_DIR: z.string().min(1).optional(),
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).default(512 * 1024 * 1024),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  PUBLISH_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(50),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(25),
  NETWORK_ENDPOINTS: z
    .string()
    .default('{}')
    .transform((v, ctx) => {
      try {
        return z.record(z.string(), z.url()).parse(JSON.parse(v));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of network id to URL, e.g. {"mastodon":"http://127.0.0.1:4000"}' });
        return z.NEVER;
      }
    }),
});

/** NETWORK_<ID>_CLIENT_ID and NETWORK_<ID>_CLIENT_SECRET: app credentials for every organization. */
const networkAppVariable = /^NETWORK_([A-Z0-9_]+)_CLIENT_(ID|SECRET)$/;

function networkAppsFrom(source: Record<string, string>): Record<string, { clientId: string; clientSecret?: string }> {
  const apps: Record<string, { clientId?: string; clientSecret?: string }> = {};
  for (const [name, value] of Object.entries(source)) {
    const m = networkAppVariable.exec(name);
    if (!m) continue;
    const id = m[1]!.toLowerCase();
    apps[id] ??= {};
    if (m[2] === 'ID') apps[id].clientId = value;
    else apps[id].clientSecret = value;
  }
  return Object.fromEntries(
    Object.entries(apps).flatMap(([id, a]) => (a.clientId ? [[id, { clientId: a.clientId, ...(a.clientSecret ? { clientSecret: a.clientSecret } : {}) }]] : [])),
  );
}

export type Env = z.input<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections a process keeps to PostgreSQL (besides the job queue's own few). */
  databasePoolSize: number;
  /** Network calls a worker process makes at once when publishing. */
  publishConcurrency: number;
  secretKey: string | undefined;
  /** Older keys, still accepted for opening secrets until `canopy keys rotate` has re-sealed them. */
  previousSecretKeys: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionDays: number;
  invitationDays: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  secureCookies: boolean;
  /** Let network calls reach private addresses: only for local test networks and the demo. */
  networkAllowPrivateAddresses: boolean;
  /** Network id → API base URL, to point networks at local servers. */
  networkEndpoints: Record<string, string>;
  /** App credentials from the environment, for organizations that have not set their own. */
  networkApps: Record<string, { clientId: string; clientSecret?: string }>;
  /** Meta's webhook subscription check must echo it back; unset, no subscription can be made. */
  webhookVerifyToken: string | undefined;
  /** Outgoing email (approval requests and decisions); null when SMTP_URL is unset, and email is off. */
  mail: { smtpUrl: string; from: string } | null;
  media: {
    /** Where uploads are kept on local disk when no S3 bucket is set. */
    dir: string;
    maxBytes: number;
    /** S3-compatible storage, when S3_BUCKET is set; credentials fall back to the SDK's own chain. */
    s3: { bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean } | null;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Canopy cannot start: fix these settings (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the given environment; throws one ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "unset", the way shells and .env files usually mean it.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    publishConcurrency: e.PUBLISH_CONCURRENCY,
    secretKey: e.CANOPY_SECRET_KEY,
    previousSecretKeys: e.CANOPY_PREVIOUS_SECRET_KEYS?.split(',') ?? [],
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    invitationDays: e.INVITATION_DAYS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    secureCookies: publicUrl.startsWith('https://'),
    networkAllowPrivateAddresses: e.NETWORK_ALLOW_PRIVATE_ADDRESSES,
    networkEndpoints: e.NETWORK_ENDPOINTS,
    networkApps: networkAppsFrom(cleaned as Record<string, string>),
    webhookVerifyToken: e.WEBHOOK_VERIFY_TOKEN,
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : null,
    media: {
      dir: path.resolve(e.MEDIA_DIR ?? path.join(e.DATA_DIR, 'media')),
      maxBytes: e.MEDIA_MAX_BYTES,
      s3: e.S3_BUCKET
        ? {
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
            ...(e.S3_ACCESS_KEY_ID ? { accessKeyId: e.S3_ACCESS_KEY_ID } : {}),
            ...(e.S3_SECRET_ACCESS_KEY ? { secretAccessKey: e.S3_SECRET_ACCESS_KEY } : {}),
          }
        : null,
    },
  };
}

/** Settings only the test suite reads, kept here so that config stays the one reader of the environment. */
export function testSettings(source: Record<string, string | undefined> = process.env): {
  databaseUrl: string | undefined;
  chromiumPath: string;
} {
  return {
    databaseUrl: source.TEST_DATABASE_URL || undefined,
    chromiumPath: source.CHROMIUM_PATH || '/usr/bin/chromium',
  };
}

/** Settings only the benchmarks read: how many posts the publish burst makes (BENCH_BURST_POSTS). */
export function benchSettings(source: Record<string, string | undefined> = process.env): { burstPosts: number; inboxItems: number } {
  const posts = Number(source.BENCH_BURST_POSTS || 10_000);
  if (!Number.isInteger(posts) || posts < 100) throw new ConfigError(['BENCH_BURST_POSTS: must be a whole number of at least 100']);
  const items = Number(source.BENCH_INBOX_ITEMS || 1_000_000);
  if (!Number.isInteger(items) || items < 10_000) throw new ConfigError(['BENCH_INBOX_ITEMS: must be a whole number of at least 10,000']);
  return { burstPosts: posts, inboxItems: items };
}

/**
 * Settings for a local Bluesky network with an AppView (@atproto/dev-env's TestNetwork), used by
 * tests, benchmarks and the demo. The AppView is Bluesky's own server and needs PostgreSQL whatever
 * database Canopy itself runs on: BLUESKY_APPVIEW_DATABASE_URL, else TEST_DATABASE_URL, else the
 * local PostgreSQL that CI always provides. TestNetwork also asserts that REDIS_HOST is set,
 * although nothing it starts connects to Redis; it is set here, when unset, so that config stays
 * the one place that touches process.env.
 */
export function prepareLocalBluesky(source: Record<string, string | undefined> = process.env): { appViewDatabaseUrl: string } {
  if (!source.REDIS_HOST) source.REDIS_HOST = '127.0.0.1:6379';
  return {
    appViewDatabaseUrl: source.BLUESKY_APPVIEW_DATABASE_URL || source.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}

/**
 * A copy of this process's environment with some variables set, or removed where the value is
 * undefined, for the child processes that tests and tools start (e.g. the same code under another
 * TZ). Kept here so that config stays the one reader of the environment.
 */
export function childEnv(
  overrides: Record<string, string | undefined>,
  source: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const merged: Record<string, string | undefined> = { ...source, ...overrides };
  return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
}
