// How fast an authenticated read is next to the server's own floor. Boots Canopy in this process,
// signs up an owner with 5 workspaces and a personal API token, then drives
// GET /api/v1/workspaces (Bearer token), GET /api/hello (no work at all: the server's floor) and
// GET /api/health (one `select 1`: the floor with one database round trip) with the same load.
// Target: ratio_to_hello >= 0.4.
import { randomBytes } from 'node:crypto';
import { call, startInProcess } from './lib/canopy.ts';
import { load } from './lib/load.ts';
import { benchDatabase, note, report } from './lib/report.ts';

const BENCH = 'api-read';
const CONNECTIONS = 20;
const WARMUP_SECONDS = 3;
const SECONDS = 10;
const WORKSPACES = 5;

const db = benchDatabase();
const canopy = await startInProcess(db.url);
try {
  const base = canopy.url;
  const signup = await call(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    body: {
      email: `bench.${randomBytes(6).toString('hex')}@example.test`,
      password: 'a long bench password',
      name: 'Bench Owner',
      organization: 'Bench Org',
    },
  });
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = signup.headers.get('x-csrf-token') ?? '';
  const session = { cookie, 'x-csrf-token': csrf };
  for (let i = 1; i <= WORKSPACES; i++) {
    await call(`${base}/api/v1/workspaces`, {
      method: 'POST',
      headers: session,
      body: { name: `Brand ${i}`, timezone: 'Europe/Athens', locale: 'en' },
    });
  }
  const { body: token } = await call<{ token: string }>(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: session,
    body: { name: 'bench' },
  });
  const bearer = { authorization: `Bearer ${token.token}` };
  const { body: listed } = await call<{ items: unknown[] }>(`${base}/api/v1/workspaces`, { headers: bearer });
  if (listed.items.length !== WORKSPACES) throw new Error(`expected ${WORKSPACES} workspaces, got ${listed.items.length}`);

  const hello = { url: `${base}/api/hello`, connections: CONNECTIONS };
  const health = { url: `${base}/api/health`, connections: CONNECTIONS };
  const workspaces = { url: `${base}/api/v1/workspaces`, headers: bearer, connections: CONNECTIONS };
  note(`${BENCH} (${db.kind}): warming up ${WARMUP_SECONDS} s per route`);
  await load({ ...hello, seconds: WARMUP_SECONDS });
  await load({ ...health, seconds: WARMUP_SECONDS });
  await load({ ...workspaces, seconds: WARMUP_SECONDS });
  note(`${BENCH} (${db.kind}): measuring ${SECONDS} s per route, ${CONNECTIONS} connections`);
  const helloResult = await load({ ...hello, seconds: SECONDS });
  const healthResult = await load({ ...health, seconds: SECONDS });
  const readResult = await load({ ...workspaces, seconds: SECONDS });

  report(BENCH, 'rps', readResult.rps, 'req/s', db.kind);
  report(BENCH, 'p99_ms', readResult.p99Ms, 'ms', db.kind);
  report(BENCH, 'hello_rps', helloResult.rps, 'req/s', db.kind);
  report(BENCH, 'hello_p99_ms', helloResult.p99Ms, 'ms', db.kind);
  report(BENCH, 'ratio_to_hello', readResult.rps / helloResult.rps, 'ratio', db.kind);
  report(BENCH, 'health_rps', healthResult.rps, 'req/s', db.kind);
  report(BENCH, 'health_p99_ms', healthResult.p99Ms, 'ms', db.kind);
  report(BENCH, 'ratio_to_health', readResult.rps / healthResult.rps, 'ratio', db.kind);
} finally {
  await canopy.stop();
}
