import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { TestClient, uniqueEmail } from '../../../testing/client.ts';

interface MeBody {
  user: { id: string; email: string };
  organization: { role: string };
}

describe('sign-up, sign-in and sessions', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  after(() => t.stop());

  it('signs up an owner, sets an httpOnly SameSite cookie and returns the CSRF token', async () => {
    const c = new TestClient(t.url);
    const email = uniqueEmail('Owner');
    const res = await c.post<MeBody>('/api/v1/auth/signup', { email, password: 'a long password', name: 'Olga', organization: 'Acme' });
    assert.equal(res.status, 201);
    assert.equal(res.body.user.email, email.toLowerCase());
    assert.equal(res.body.organization.role, 'owner');
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.ok(res.headers.get('x-csrf-token'));
    const me = await c.get<MeBody>('/api/v1/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.user.id, res.body.user.id);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const c = new TestClient(t.url);
    const email = uniqueEmail('dup');
    assert.equal((await c.post('/api/v1/auth/signup', { email, password: 'a long password', name: 'A', organization: 'A' })).status, 201);
    const again = await new TestClient(t.url).post('/api/v1/auth/signup', { email: email.toUpperCase(), password: 'a long password', name: 'B', organization: 'B' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'email_taken');
    assert.match(again.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const c = new TestClient(t.url);
    await c.post('/api/v1/auth/signup', { email: uniqueEmail('csrf'), password: 'a long password', name: 'C', organization: 'C' });
    const res = await c.request('POST', '/api/v1/workspaces', { name: 'Brand', timezone: 'Europe/Athens', locale: 'el' }, { 'x-csrf-token': 'wrong' });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'csrf_failed');
    const ok = await c.post('/api/v1/workspaces', { name: 'Brand', timezone: 'Europe/Athens', locale: 'el' });
    assert.equal(ok.status, 201);
  });

  it('logs in, logs out, and the old cookie no longer works', async () => {
    const email = uniqueEmail('login');
    await new TestClient(t.url).post('/api/v1/auth/signup', { email, password: 'a long password', name: 'L', organization: 'L' });
    const c = new TestClient(t.url);
    assert.equal((await c.post('/api/v1/auth/login', { email, password: 'wrong password' })).status, 401);
    const ok = await c.post('/api/v1/auth/login', { email, password: 'a long password' });
    assert.equal(ok.status, 200);
    assert.equal((await c.get('/api/v1/me')).status, 200);
    assert.equal((await c.post('/api/v1/auth/logout')).status, 204);
    assert.equal((await c.get('/api/v1/me')).status, 401);
  });

  it('rate limits repeated failed sign-ins for an account, even with the right password after', async () => {
    const email = uniqueEmail('limited');
    await new TestClient(t.url).post('/api/v1/auth/signup', { email, password: 'a long password', name: 'R', organization: 'R' });
    const c = new TestClient(t.url);
    for (let i = 0; i < 3; i++) assert.equal((await c.post('/api/v1/auth/login', { email, password: `bad guess ${i}` })).status, 401);
    const blocked = await c.post('/api/v1/auth/login', { email, password: 'a long password' });
    assert.equal(blocked.status, 429);
    assert.equal(blocked.body.code, 'rate_limited');
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
  });
});
