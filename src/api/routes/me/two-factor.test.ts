import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { apiTokens } from '../../../db/schema.ts';
import { currentTotp } from '../../../core/accounts/totp.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { TestClient } from '../../../testing/client.ts';
import { addMember, createWorkspace, PASSWORD, signUpOwner } from '../../../testing/people.ts';

describe('two-factor sign-in', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.stop());

  it('enrols with a code, then asks for one at sign-in and refuses a replayed code', async () => {
    const owner = await signUpOwner(t.url);
    const setup = await owner.client.post<{ secret: string; otpauthUrl: string; qrSvg: string }>('/api/v1/me/totp/setup');
    assert.equal(setup.status, 200);
    assert.match(setup.body.otpauthUrl, /^otpauth:\/\/totp\/Canopy:/);
    assert.match(setup.body.qrSvg, /<svg/);
    const wrong = await owner.client.post('/api/v1/me/totp/enable', { code: '000000' === currentTotp(setup.body.secret, new Date()) ? '111111' : '000000' });
    assert.equal(wrong.status, 401);
    const enrolCode = currentTotp(setup.body.secret, new Date());
    const enabled = await owner.client.post<{ user: { totpEnabled: boolean } }>('/api/v1/me/totp/enable', { code: enrolCode });
    assert.equal(enabled.status, 200);
    assert.equal(enabled.body.user.totpEnabled, true);

    const c = new TestClient(t.url);
    const noCode = await c.post<{ code: string }>('/api/v1/auth/login', { email: owner.email, password: PASSWORD });
    assert.equal(noCode.status, 401);
    assert.equal(noCode.body.code, 'totp_required');
    // The code used to enable is spent, even if the clock has since moved to the next time step.
    const replay = await c.post<{ code: string }>('/api/v1/auth/login', { email: owner.email, password: PASSWORD, totp: enrolCode });
    assert.equal(replay.status, 401);
    assert.equal(replay.body.code, 'totp_invalid');
    const next = currentTotp(setup.body.secret, new Date(Date.now() + 30_000));
    const ok = await c.post('/api/v1/auth/login', { email: owner.email, password: PASSWORD, totp: next });
    assert.equal(ok.status, 200);
  });

  it('lets the owner require two-factor for everyone, and holds back members until they enrol', async () => {
    const owner = await signUpOwner(t.url);
    const ws = await createWorkspace(owner);
    const member = await addMember(owner, ws, 'manager');
    const setup = await owner.client.post<{ secret: string }>('/api/v1/me/totp/setup');
    await owner.client.post('/api/v1/me/totp/enable', { code: currentTotp(setup.body.secret, new Date()) });

    const admin = await addMember(owner, ws, 'admin');
    // Workspace admins are not organization owners: only the owner may flip the switch.
    assert.equal((await admin.client.patch('/api/v1/organization', { requireTotp: true })).status, 403);
    const flipped = await owner.client.patch<{ requireTotp: boolean }>('/api/v1/organization', { requireTotp: true });
    assert.equal(flipped.body.requireTotp, true);

    const me = await member.client.get<{ mustEnrollTotp: boolean }>('/api/v1/me');
    assert.equal(me.body.mustEnrollTotp, true);
    const held = await member.client.get<{ code: string }>(`/api/v1/workspaces/${ws}`);
    assert.equal(held.status, 403);
    assert.equal(held.body.code, 'totp_enrollment_required');
    const s = await member.client.post<{ secret: string }>('/api/v1/me/totp/setup');
    await member.client.post('/api/v1/me/totp/enable', { code: currentTotp(s.body.secret, new Date()) });
    assert.equal((await member.client.get(`/api/v1/workspaces/${ws}`)).status, 200);

    const orgAudit = await owner.client.get<{ items: Array<{ action: string; details: Record<string, unknown> }> }>('/api/v1/organization/audit');
    assert.ok(orgAudit.body.items.some((e) => e.action === 'organization.updated' && e.details.requireTotp === true));
  });
});

describe('personal API tokens', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.stop());

  it('shows a token once, stores only its hash, works as Bearer without CSRF, and stops working when revoked', async () => {
    const owner = await signUpOwner(t.url);
    const ws = await createWorkspace(owner);
    const created = await owner.client.post<{ id: string; token: string }>('/api/v1/tokens', { name: 'Reporting script' });
    assert.equal(created.status, 201);
    assert.match(created.body.token, /^canopy_/);
    const listed = await owner.client.get<{ items: Array<Record<string, unknown>> }>('/api/v1/tokens');
    assert.ok(!JSON.stringify(listed.body).includes(created.body.token), 'the list never repeats the token');
    // The row holds a SHA-256, not the token.
    const [row] = await t.database.db.select({ hash: apiTokens.tokenHash }).from(apiTokens).where(eq(apiTokens.id, created.body.id));
    const hash = row!.hash;
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.ok(!hash.includes(created.body.token));

    const script = new TestClient(t.url).withToken(created.body.token);
    assert.equal((await script.get(`/api/v1/workspaces/${ws}`)).status, 200);
    assert.equal((await script.patch(`/api/v1/workspaces/${ws}`, { name: 'Renamed by script' })).status, 200);
    assert.equal((await owner.client.delete(`/api/v1/tokens/${created.body.id}`)).status, 204);
    const revoked = await script.get<{ code: string }>(`/api/v1/workspaces/${ws}`);
    assert.equal(revoked.status, 401);
    assert.equal(revoked.body.code, 'unauthenticated');
  });
});
