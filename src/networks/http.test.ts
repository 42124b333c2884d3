import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { freePort } from '../testing/free-port.ts';
import { failureOfHttp } from './http-outcome.ts';
import { isHttpFailure, NetworkHttp } from './http.ts';
import { MemoryBudgetStore, readRateHeaders } from './rate-budget.ts';
import { isPublicAddress, type AddressAllowance } from './ssrf.ts';

describe('network HTTP', () => {
  let server: http.Server;
  let base: string;
  let hits = 0;
  before(async () => {
    server = http.createServer((req, res) => {
      hits++;
      if (req.url === '/limited') {
        res.writeHead(200, { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900) });
        return res.end('{"ok":true}');
      }
      if (req.url === '/to-metadata') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        return res.end();
      }
      if (req.url === '/slow') return setTimeout(() => res.end('late'), 2_000);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"hello":"world"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const client = (allow: AddressAllowance) => new NetworkHttp({ budgetKey: 'test', budgets: new MemoryBudgetStore(), allow });

  it('refuses private, loopback and metadata addresses unless told otherwise', async () => {
    const guarded = client('public_only');
    for (const url of [`${base}/`, 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://localhost:8080/', 'http://10.0.0.1/']) {
      const res = await guarded.send({ url });
      assert.ok(isHttpFailure(res) && res.kind === 'refused', `${url} must be refused`);
    }
    const open = await client(['127.0.0.1']).send({ url: `${base}/` });
    assert.ok(!isHttpFailure(open));
    assert.deepEqual(open.json, { hello: 'world' });
  });

  it('checks every redirect hop', async () => {
    // The first hop is allowed (the test server), the redirect to the metadata address is not.
    const res = await client(['127.0.0.1']).send({ url: `${base}/to-metadata` });
    assert.ok(isHttpFailure(res) && res.kind === 'refused', JSON.stringify(res));
  });

  it('waits instead of calling when the network said the budget is spent', async () => {
    const c = client(['127.0.0.1']);
    const first = await c.send({ url: `${base}/limited`, bucket: 'post' });
    assert.ok(!isHttpFailure(first));
    const before = hits;
    const second = await c.send({ url: `${base}/limited`, bucket: 'post' });
    assert.ok(isHttpFailure(second) && second.kind === 'budget');
    assert.ok(second.retryAt.getTime() > Date.now() + 800_000);
    assert.equal(hits, before, 'no request was sent');
    const otherBucket = await c.send({ url: `${base}/`, bucket: 'read' });
    assert.ok(!isHttpFailure(otherBucket));
  });

  it('times out and says so', async () => {
    const res = await client(['127.0.0.1']).send({ url: `${base}/slow`, timeoutMs: 200 });
    assert.ok(isHttpFailure(res) && res.kind === 'timeout');
  });
});

describe('rate-limit headers', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  it('reads X, Bluesky, Mastodon, Retry-After and Meta usage', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    assert.deepEqual(readRateHeaders(200, h({ 'x-rate-limit-remaining': '3', 'x-rate-limit-reset': '1795348800' }), now), {
      remaining: 3,
      resetAt: new Date(1795348800 * 1000),
    });
    assert.equal(readRateHeaders(200, h({ 'ratelimit-remaining': '10', 'ratelimit-reset': '60' }), now)!.resetAt!.toISOString(), '2026-11-21T12:01:00.000Z');
    assert.equal(readRateHeaders(200, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-11-21T12:05:00.000Z' }), now)!.resetAt!.toISOString(), '2026-11-21T12:05:00.000Z');
    assert.deepEqual(readRateHeaders(429, h({ 'retry-after': '30' }), now), { remaining: 0, resetAt: new Date('2026-11-21T12:00:30Z') });
    assert.equal(readRateHeaders(200, h({ 'x-app-usage': '{"call_count":96,"total_time":10,"total_cputime":5}' }), now)!.remaining, 0);
    assert.deepEqual(readRateHeaders(200, h({ 'x-app-usage': '{"call_count":20,"total_time":10,"total_cputime":5}' }), now), { remaining: null, resetAt: null });
    const buc = readRateHeaders(200, h({ 'x-business-use-case-usage': '{"123":[{"type":"pages","call_count":100,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":120}]}' }), now);
    assert.equal(buc!.resetAt!.toISOString(), '2026-11-21T14:00:00.000Z');
    const soon = readRateHeaders(200, h({ 'x-business-use-case-usage': '{"1":[{"call_count":100,"estimated_time_to_regain_access":10}]}' }), now);
    assert.equal(soon!.resetAt!.toISOString(), '2026-11-21T12:10:00.000Z', 'Meta said ten minutes; we wait ten');
    assert.equal(readRateHeaders(200, h({}), now), null);
  });

  it('classifies addresses', () => {
    assert.equal(isPublicAddress('8.8.8.8'), true);
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1']) {
      assert.equal(isPublicAddress(a), false, a);
    }
  });
});

describe('budgets spent by what a response says', () => {
  it('wait after markSpent without sending', async () => {
    const c = new NetworkHttp({ budgetKey: 'spent', budgets: new MemoryBudgetStore(), allow: ['127.0.0.1'] });
    const until = new Date(Date.now() + 3_600_000);
    await c.markSpent('upload', until);
    const res = await c.send({ url: 'http://127.0.0.1:1/never', bucket: 'upload' });
    assert.ok(isHttpFailure(res) && res.kind === 'budget');
    assert.equal(res.retryAt.getTime(), until.getTime());
  });
});

describe('redirects and broken connections', () => {
  it('drops credentials on a redirect to another host, keeps them on the same host', async () => {
    const seen: Array<string | undefined> = [];
    const target = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end('{}');
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const targetPort = (target.address() as AddressInfo).port;
    const hop = http.createServer((req, res) => {
      if (req.url === '/same') {
        res.writeHead(302, { location: '/final' });
        return res.end();
      }
      if (req.url === '/final') {
        seen.push(req.headers.authorization);
        return res.end('{}');
      }
      res.writeHead(302, { location: `http://localhost:${targetPort}/elsewhere` });
      res.end();
    });
    await new Promise<void>((r) => hop.listen(0, '127.0.0.1', r));
    const hopUrl = `http://127.0.0.1:${(hop.address() as AddressInfo).port}`;
    try {
      const c = new NetworkHttp({ budgetKey: 'r', budgets: new MemoryBudgetStore(), allow: 'any' });
      await c.send({ url: `${hopUrl}/same`, headers: { authorization: 'Bearer secret' } });
      await c.send({ url: `${hopUrl}/away`, headers: { authorization: 'Bearer secret' } });
      assert.deepEqual(seen, ['Bearer secret', undefined]);
    } finally {
      hop.close();
      target.close();
    }
  });

  it('sends the method, headers and body of a Request given to asFetch', async () => {
    const seen: Array<{ method?: string; dpop?: string | string[]; body: string }> = [];
    const echo = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method, dpop: req.headers.dpop, body });
        res.end('{}');
      });
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    try {
      const fetchVia = new NetworkHttp({ budgetKey: 'q', budgets: new MemoryBudgetStore(), allow: 'any' }).asFetch();
      const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/par`;
      const res = await fetchVia(new Request(url, { method: 'POST', headers: { DPoP: 'proof' }, body: 'client_id=x' }));
      assert.equal(res.status, 200);
      assert.deepEqual(seen, [{ method: 'POST', dpop: 'proof', body: 'client_id=x' }]);
    } finally {
      echo.close();
    }
  });

  it('treats a write whose connection broke mid-answer as unknown, and a refused connection as transient', async () => {
    const rude = http.createServer((req) => req.socket.destroy());
    await new Promise<void>((r) => rude.listen(0, '127.0.0.1', r));
    const c = new NetworkHttp({ budgetKey: 'b', budgets: new MemoryBudgetStore(), allow: 'any' });
    try {
      const broke = await c.send({ method: 'POST', url: `http://127.0.0.1:${(rude.address() as AddressInfo).port}/post`, body: '{}' });
      assert.ok(isHttpFailure(broke));
      assert.equal(failureOfHttp(broke, { write: true }).kind, 'unknown');
      const refused = await c.send({ method: 'POST', url: `http://127.0.0.1:${await freePort()}/post`, body: '{}' });
      assert.ok(isHttpFailure(refused));
      assert.equal(failureOfHttp(refused, { write: true }).kind, 'transient');
    } finally {
      rude.close();
    }
  });
});
