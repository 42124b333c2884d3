import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { TestClient } from '../testing/client.ts';
import { createWorkspace, signUpOwner } from '../testing/people.ts';
import { apiRoutes } from './routes/index.ts';

const contentTypes = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x'];

/** Throws generated bad input at every route: nothing may answer 5xx, and every refusal is problem+json. */
describe('generated bad input on every route', () => {
  let t: TestApp;
  let token: string;
  const valid: Record<string, string> = {};

  before(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '1000' });
    const owner = await signUpOwner(t.url);
    valid.workspaceId = await createWorkspace(owner);
    valid.userId = owner.userId;
    token = (await owner.client.post<{ token: string }>('/api/v1/tokens', { name: 'fuzz' })).body.token;
  });
  after(() => t.stop());

  const param = (name: string) => fc.oneof(fc.constant(valid[name] ?? 'x'), fc.string({ maxLength: 40 }), fc.uuid());
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.dictionary(fc.constantFrom('email', 'password', 'name', 'role', 'timezone', 'locale', 'code', 'totp', 'organization', 'requireTotp', 'extra'), fc.jsonValue({ maxDepth: 2 })).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.constant('{"a":'),
    fc.constant(undefined),
  );
  const query = fc.dictionary(fc.constantFrom('limit', 'before', 'x', 'q'), fc.string({ maxLength: 20 }), { maxKeys: 3 });

  for (const route of apiRoutes) {
    it(`${route.method} ${route.url}`, async () => {
      const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...names.map(param)),
          query,
          body,
          fc.constantFrom(...contentTypes),
          fc.boolean(),
          async (values, q, b, contentType, signedIn) => {
            let url = route.url;
            names.forEach((n, i) => (url = url.replace(`:${n}`, encodeURIComponent(values[i]!))));
            const qs = new URLSearchParams(q).toString();
            const client = signedIn ? new TestClient(t.url).withToken(token) : new TestClient(t.url);
            const hasBody = b !== undefined && route.method !== 'GET';
            const res = await client.request(route.method, qs ? `${url}?${qs}` : url, hasBody ? b : undefined, hasBody ? { 'content-type': contentType } : {});
            assert.ok(res.status < 500, `${route.method} ${url} ${String(b)} → ${res.status} ${JSON.stringify(res.body)}`);
            if (res.status >= 400) assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
          },
        ),
        { numRuns: 25 },
      );
    });
  }

  it('refuses an oversized body with 413 problem+json', async () => {
    const res = await new TestClient(t.url).post<{ code: string }>('/api/v1/auth/login', JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(2 * 1024 * 1024) }));
    assert.equal(res.status, 413);
    assert.equal(res.body.code, 'payload_too_large');
  });

  it('names the field to fix when JSON is malformed or a field is unknown', async () => {
    const malformed = await new TestClient(t.url).post<{ code: string }>('/api/v1/auth/signup', '{"email": ');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.code, 'malformed_json');
    const unknown = await new TestClient(t.url).post<{ problems: Array<{ field: string; message: string }> }>('/api/v1/auth/signup', {
      email: 'a@b.co',
      password: 'long enough password',
      name: 'A',
      organization: 'B',
      organisation: 'typo',
    });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.problems[0]!.message, /organisation/);
  });
});
