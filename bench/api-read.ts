// How fast an authenticated read is next to the server's own floor. Boots Canopy in this process,
// signs up an owner with 5 workspaces and a personal API token, then drives
// GET /api/v1/workspaces (Bearer token), GET /api/hello (no work at all: the server's floor) and
// GET /api/health (one `select 1`: the floor with one database round trip) with the same load.
// The routes take turns, in rounds of alternating order, so that a slow spell on the machine
// weighs on all of them alike. Target: ratio_to_hello >= 0.4.
import { randomBytes } from 'node:crypto';
import { call, startInProcess } from './lib/canopy.ts';
import { load, type LoadOptions } from './lib/load.ts';
import { benchDatabase, note, report } from './lib/report.ts';

const BENCH = 'api-read';
const CONNECTIONS = 20;
const WARMUP_SECONDS = 3;
const ROUNDS = 2;
const SECONDS_PER_ROUND = 5;
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

  const routes: Record<'workspaces' | 'hello' | 'health', Omit<LoadOptions, 'seconds'>> = {
    workspaces: { url: `${base}/api/v1/workspaces`, headers: bearer, connections: CONNECTIONS },
    hello: { url: `${base}/api/hello`, connections: CONNECTIONS },
    health: { url: `${base}/api/health`, connections: CONNECTIONS },
  };
  const names = Object.keys(routes) as (keyof typeof routes)[];
  note(`${BENCH} (${db.kind}): warming up ${WARMUP_SECONDS} s per route`);
  for (const name of names) await load({ ...routes[name], seconds: WARMUP_SECONDS });
  note(`${BENCH} (${db.kind}): measuring ${ROUNDS} x ${SECONDS_PER_ROUND} s per route, ${CONNECTIONS} connections`);
  const totals = Object.fromEntries(names.map((n) => [n, { requests: 0, seconds: 0, p99Ms: 0 }])) as Record<
    keyof typeof routes,
    { requests: number; seconds: number; p99Ms: number }
  >;
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const result = await load({ ...routes[name], seconds: SECONDS_PER_ROUND });
      const total = totals[name];
      total.requests += result.requests;
      total.seconds += result.seconds;
      // The worst round's p99: the figure to hold a target against.
      total.p99Ms = Math.max(total.p99Ms, result.p99Ms);
    }
  }
  const rps = (name: keyof typeof routes) => totals[name].requests / totals[name].seconds;

  report(BENCH, 'rps', rps('workspaces'), 'req/s', db.kind);
  report(BENCH, 'p99_ms', totals.workspaces.p99Ms, 'ms', db.kind);
  report(BENCH, 'hello_rps', rps('hello'), 'req/s', db.kind);
  report(BENCH, 'hello_p99_ms', totals.hello.p99Ms, 'ms', db.kind);
  report(BENCH, 'ratio_to_hello', rps('workspaces') / rps('hello'), 'ratio', db.kind);
  report(BENCH, 'health_rps', rps('health'), 'req/s', db.kind);
  report(BENCH, 'health_p99_ms', totals.health.p99Ms, 'ms', db.kind);
  report(BENCH, 'ratio_to_health', rps('workspaces') / rps('health'), 'ratio', db.kind);
} finally {
  await canopy.stop();
}
