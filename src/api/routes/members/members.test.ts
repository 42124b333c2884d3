import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { TestClient, uniqueEmail } from '../../../testing/client.ts';
import { addMember, createWorkspace, PASSWORD, signUpOwner, type Owner } from '../../../testing/people.ts';

interface Members {
  items: Array<{ userId: string; role: string; via: string }>;
}

describe('workspaces, members and invitations', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  before(async () => {
    t = await startTestApp();
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Olive Oil Co', 'Asia/Bangkok', 'th');
  });
  after(() => t.stop());

  it('creates and edits a workspace with an IANA zone, and refuses an unknown zone', async () => {
    const got = await owner.client.get<{ name: string; timezone: string; role: string }>(`/api/v1/workspaces/${ws}`);
    assert.deepEqual([got.body.name, got.body.timezone, got.body.role], ['Olive Oil Co', 'Asia/Bangkok', 'owner']);
    const bad = await owner.client.patch<{ code: string; problems: Array<{ field: string }> }>(`/api/v1/workspaces/${ws}`, { timezone: 'Mars/Olympus' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.problems[0]!.field, 'body.timezone');
    const ok = await owner.client.patch<{ timezone: string }>(`/api/v1/workspaces/${ws}`, { timezone: 'Europe/Belgrade' });
    assert.equal(ok.body.timezone, 'Europe/Belgrade');
  });

  it('invites a content creator who joins, sees only that workspace, and is refused admin routes', async () => {
    await createWorkspace(owner, 'Other brand');
    const creator = await addMember(owner, ws, 'content_creator', 'creator');
    const me = await creator.client.get<{ workspaces: Array<{ id: string; role: string; permissions: string[] }> }>('/api/v1/me');
    assert.deepEqual(me.body.workspaces.map((w) => [w.id, w.role]), [[ws, 'content_creator']]);
    assert.ok(me.body.workspaces[0]!.permissions.includes('posts.draft'));
    assert.ok(!me.body.workspaces[0]!.permissions.includes('members.manage'));
    assert.equal((await creator.client.get(`/api/v1/workspaces/${ws}/members`)).status, 403);
    assert.equal((await creator.client.get(`/api/v1/workspaces/${ws}/audit`)).status, 403);
    assert.equal((await creator.client.post('/api/v1/workspaces', { name: 'Mine', timezone: 'UTC', locale: 'en' })).status, 403);
    const forbidden = await creator.client.post<{ code: string }>(`/api/v1/workspaces/${ws}/invitations`, { email: uniqueEmail('x'), role: 'admin' });
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.body.code, 'forbidden');
  });

  it('changes a role, records who did it in the audit trail, and refuses to let an admin mint owners', async () => {
    const person = await addMember(owner, ws, 'analyst', 'analyst');
    const changed = await owner.client.patch<Members>(`/api/v1/workspaces/${ws}/members/${person.userId}`, { role: 'manager' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.items.find((m) => m.userId === person.userId)!.role, 'manager');

    const admin = await addMember(owner, ws, 'admin', 'admin');
    const mint = await admin.client.patch(`/api/v1/workspaces/${ws}/members/${person.userId}`, { role: 'owner' });
    assert.equal(mint.status, 403);

    const audit = await owner.client.get<{ items: Array<{ action: string; actor: { id: string }; details: Record<string, unknown>; targetId: string }> }>(
      `/api/v1/workspaces/${ws}/audit?limit=100`,
    );
    const event = audit.body.items.find((e) => e.action === 'member.role_changed' && e.targetId === person.userId);
    assert.ok(event, 'role change is in the audit trail');
    assert.equal(event.actor.id, owner.userId);
    assert.deepEqual(event.details, { from: 'analyst', to: 'manager' });
    assert.ok(audit.body.items.some((e) => e.action === 'invitation.accepted'));
  });

  it('pages through the audit trail with before', async () => {
    const first = await owner.client.get<{ items: Array<{ id: number }>; nextBefore: number | null }>(`/api/v1/workspaces/${ws}/audit?limit=2`);
    assert.equal(first.body.items.length, 2);
    assert.ok(first.body.nextBefore);
    const second = await owner.client.get<{ items: Array<{ id: number }> }>(`/api/v1/workspaces/${ws}/audit?limit=2&before=${first.body.nextBefore}`);
    assert.ok(second.body.items.every((e) => e.id < first.body.nextBefore!));
  });

  it('uses an invitation once, and refuses an expired or revoked one', async () => {
    const email = uniqueEmail('once');
    const inv = await owner.client.post<{ url: string; id: string }>(`/api/v1/workspaces/${ws}/invitations`, { email, role: 'community_manager' });
    const token = inv.body.url.split('/invite/')[1]!;
    const preview = await new TestClient(t.url).get<{ workspace: { name: string }; role: string; existingUser: boolean }>(`/api/v1/invitations/${token}`);
    assert.deepEqual([preview.body.workspace.name, preview.body.role, preview.body.existingUser], ['Olive Oil Co', 'community_manager', false]);
    assert.equal((await new TestClient(t.url).post(`/api/v1/invitations/${token}/accept`, { name: 'Cam', password: PASSWORD })).status, 200);
    assert.equal((await new TestClient(t.url).post(`/api/v1/invitations/${token}/accept`, { name: 'Cam', password: PASSWORD })).status, 404);

    const revoked = await owner.client.post<{ url: string; id: string }>(`/api/v1/workspaces/${ws}/invitations`, { email: uniqueEmail('rev'), role: 'analyst' });
    assert.equal((await owner.client.delete(`/api/v1/workspaces/${ws}/invitations/${revoked.body.id}`)).status, 204);
    assert.equal((await new TestClient(t.url).get(`/api/v1/invitations/${revoked.body.url.split('/invite/')[1]}`)).status, 404);
  });

  it('refuses an invitation past its expiry with 410', async () => {
    const expiring = await startTestApp({ INVITATION_DAYS: '1' });
    try {
      const o = await signUpOwner(expiring.url);
      const w = await createWorkspace(o);
      const inv = await o.client.post<{ url: string }>(`/api/v1/workspaces/${w}/invitations`, { email: uniqueEmail('late'), role: 'analyst' });
      const realNow = expiring.app.now;
      expiring.app.now = () => new Date(realNow().getTime() + 2 * 86_400_000);
      const token = inv.body.url.split('/invite/')[1]!;
      const res = await new TestClient(expiring.url).post<{ code: string }>(`/api/v1/invitations/${token}/accept`, { name: 'Late', password: PASSWORD });
      assert.equal(res.status, 410);
      assert.equal(res.body.code, 'invitation_expired');
    } finally {
      await expiring.stop();
    }
  });

  it('removes a member, who then cannot see the workspace', async () => {
    const person = await addMember(owner, ws, 'paid_specialist', 'paid');
    assert.equal((await person.client.get(`/api/v1/workspaces/${ws}`)).status, 200);
    assert.equal((await owner.client.delete(`/api/v1/workspaces/${ws}/members/${person.userId}`)).status, 204);
    assert.equal((await person.client.get(`/api/v1/workspaces/${ws}`)).status, 404);
  });
});

describe('invitations that cannot be', () => {
  it('refuses to invite someone already in the workspace, or from another organization', async () => {
    const t = await startTestApp();
    try {
      const owner = await signUpOwner(t.url);
      const ws = await createWorkspace(owner);
      const member = await addMember(owner, ws, 'analyst');
      const again = await owner.client.post<{ code: string; problems: Array<{ field: string }> }>(`/api/v1/workspaces/${ws}/invitations`, { email: member.email, role: 'manager' });
      assert.equal(again.status, 409);
      assert.equal(again.body.problems[0]!.field, 'body.email');
      const stranger = await signUpOwner(t.url, 'Elsewhere');
      const foreign = await owner.client.post<{ detail: string }>(`/api/v1/workspaces/${ws}/invitations`, { email: stranger.email, role: 'manager' });
      assert.equal(foreign.status, 409);
      assert.match(foreign.body.detail, /another organization/);
    } finally {
      await t.stop();
    }
  });
});
