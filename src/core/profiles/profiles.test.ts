import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { notifications, profiles } from '../../db/schema.ts';
import { rateLimited, transient, unauthorized } from '../../networks/outcome.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../testing/people.ts';
import { openCredentials } from './credentials.ts';
import { refreshDueProfiles } from './refresh-due-profiles.ts';
import { scriptedNetwork, type ScriptedNetwork } from './testing/scripted-network.ts';
import { withProfileSession } from './profile-session.ts';

interface ProfileList {
  items: Array<{ id: string; network: string; handle: string; status: string; memberIds: string[]; access: string }>;
}

describe('connected profiles', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let net: ScriptedNetwork;

  before(async () => {
    t = await startTestApp();
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
  });
  after(() => t.stop());
  beforeEach(() => {
    net = scriptedNetwork();
    t.app.networks.set('scripted', net.adapter);
  });

  /** Goes through the OAuth round trip the way a browser does, and returns the new profile's id. */
  async function connect(): Promise<string> {
    const started = await owner.client.get<{ authorizationUrl: string }>(`/api/v1/workspaces/${ws}/profiles/connect/scripted`);
    assert.equal(started.status, 200, JSON.stringify(started.body));
    const url = new URL(started.body.authorizationUrl);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('redirect_uri'), `${t.app.config.publicUrl}/api/v1/oauth/callback/scripted`);
    const back = await owner.client.request('GET', `/api/v1/oauth/callback/scripted?code=the-code&state=${url.searchParams.get('state')}`, undefined, {});
    assert.equal(back.status, 302);
    assert.equal(back.headers.get('location'), `/w/${ws}/settings/profiles?connected=scripted`);
    const list = await owner.client.get<ProfileList>(`/api/v1/workspaces/${ws}/profiles`);
    return list.body.items.find((p) => p.network === 'scripted' && p.handle === net.account.handle)!.id;
  }

  const stored = async (id: string) => (await t.database.db.select().from(profiles).where(eq(profiles.id, id)))[0]!;

  it('asks for app credentials before an OAuth connection, then connects with PKCE and seals the tokens', async () => {
    const missing = await owner.client.get<{ code: string; detail: string }>(`/api/v1/workspaces/${ws}/profiles/connect/scripted`);
    assert.equal(missing.status, 409);
    assert.equal(missing.body.code, 'network_not_configured');
    assert.equal((await owner.client.request('PUT', '/api/v1/organization/networks/scripted', { clientId: 'cid', clientSecret: 'csecret' })).status, 204);
    const id = await connect();
    const row = await stored(id);
    assert.ok(!row.credentials.includes('access-1') && !row.credentials.includes('refresh-1'), 'tokens are sealed at rest');
    assert.equal(openCredentials(t.app.secrets, row.credentials).refreshToken, 'refresh-1');
    const listed = await owner.client.get(`/api/v1/workspaces/${ws}/profiles`);
    assert.ok(!JSON.stringify(listed.body).includes('access-1'), 'tokens never appear in API responses');
  });

  it('uses a connection state once, and only for the person who started it', async () => {
    const started = await owner.client.get<{ authorizationUrl: string }>(`/api/v1/workspaces/${ws}/profiles/connect/scripted`);
    const state = new URL(started.body.authorizationUrl).searchParams.get('state');
    const other = await addMember(owner, ws, 'manager');
    const stolen = await other.client.request('GET', `/api/v1/oauth/callback/scripted?code=x&state=${state}`);
    assert.match(stolen.headers.get('location') ?? '', /connection-failed.*someone%20else/);
    const reused = await owner.client.request('GET', `/api/v1/oauth/callback/scripted?code=x&state=${state}`);
    assert.match(reused.headers.get('location') ?? '', /connection-failed/);
  });

  it('refreshes ahead of expiry and never loses the refresh token', async () => {
    const id = await connect();
    await t.database.db.update(profiles).set({ tokenExpiresAt: new Date(Date.now() + 60_000) }).where(eq(profiles.id, id));
    const counts = await refreshDueProfiles(t.app);
    assert.equal(counts.refreshed, 1);
    const creds = openCredentials(t.app.secrets, (await stored(id)).credentials);
    assert.equal(creds.accessToken, 'access-2');
    assert.equal(creds.refreshToken, 'refresh-1', 'the network sent no new refresh token; the old one stays');
  });

  it('keeps a profile connected through timeouts, 5xx and rate limits during refresh', async () => {
    const id = await connect();
    await t.database.db.update(profiles).set({ tokenExpiresAt: new Date(Date.now() + 60_000) }).where(eq(profiles.id, id));
    net.next.refresh = transient('HTTP 503');
    assert.equal((await refreshDueProfiles(t.app)).retry_later, 1);
    net.next.refresh = rateLimited(new Date(Date.now() + 600_000), '429');
    await refreshDueProfiles(t.app);
    const row = await stored(id);
    assert.equal(row.status, 'connected');
    assert.ok(row.rateLimitedUntil && row.rateLimitedUntil > new Date());
    assert.equal(openCredentials(t.app.secrets, row.credentials).refreshToken, 'refresh-1');
  });

  it('marks a revoked profile "needs reconnect" and tells each admin exactly once', async () => {
    const admin = await addMember(owner, ws, 'admin');
    const id = await connect();
    net.next.refresh = unauthorized('invalid_grant: token revoked');
    await t.database.db.update(profiles).set({ tokenExpiresAt: new Date(Date.now() + 60_000) }).where(eq(profiles.id, id));
    await Promise.all([refreshDueProfiles(t.app), refreshDueProfiles(t.app)]);
    await refreshDueProfiles(t.app);
    const row = await stored(id);
    assert.equal(row.status, 'needs_reconnect');
    assert.match(row.statusReason ?? '', /invalid_grant/);
    const sent = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'profile.needs_reconnect'));
    const about = sent.filter((n) => n.params.profileId === id);
    assert.deepEqual(about.map((n) => n.userId).sort(), [owner.userId, admin.userId].sort());
    const mine = await admin.client.get<{ items: Array<{ kind: string; params: Record<string, string> }> }>('/api/v1/notifications');
    assert.ok(mine.body.items.some((n) => n.kind === 'profile.needs_reconnect' && n.params.profileId === id));

    // Reconnecting the same account brings it back, keeping the refresh token when none is sent.
    net.next.exchange = { kind: 'ok', value: { account: net.account, credentials: { accessToken: 'access-3', refreshToken: '' } } };
    assert.equal(await connect(), id);
    const back = await stored(id);
    assert.equal(back.status, 'connected');
    assert.equal(openCredentials(t.app.secrets, back.credentials).refreshToken, 'refresh-1');
  });

  it('refreshes once on a 401 and makes the call again', async () => {
    const id = await connect();
    let attempts = 0;
    const outcome = await withProfileSession(t.app, id, async (session) => {
      attempts++;
      return session.credentials.accessToken === 'access-1' ? unauthorized('expired') : { kind: 'ok', value: session.credentials.accessToken };
    });
    assert.deepEqual(outcome, { kind: 'ok', value: 'access-2' });
    assert.equal(attempts, 2);
    assert.equal(net.calls.refresh, 1);
  });

  it('restricts a profile to chosen members', async () => {
    const id = await connect();
    const allowed = await addMember(owner, ws, 'content_creator', 'allowed');
    const other = await addMember(owner, ws, 'content_creator', 'other');
    const set = await owner.client.patch<ProfileList>(`/api/v1/workspaces/${ws}/profiles/${id}/access`, { access: 'restricted', userIds: [allowed.userId] });
    assert.equal(set.status, 200);
    const ids = async (c: typeof other.client) => (await c.get<ProfileList>(`/api/v1/workspaces/${ws}/profiles`)).body.items.map((p) => p.id);
    assert.ok((await ids(allowed.client)).includes(id));
    assert.ok(!(await ids(other.client)).includes(id));
    const stranger = await owner.client.patch<{ problems: Array<{ field: string }> }>(`/api/v1/workspaces/${ws}/profiles/${id}/access`, {
      access: 'restricted',
      userIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(stranger.status, 400);
    assert.equal((await other.client.delete(`/api/v1/workspaces/${ws}/profiles/${id}`)).status, 403);
  });

  it('removes a profile and revokes its token on the network', async () => {
    const id = await connect();
    assert.equal((await owner.client.delete(`/api/v1/workspaces/${ws}/profiles/${id}`)).status, 204);
    assert.equal(net.calls.revoke, 1);
    assert.equal((await t.database.db.select().from(profiles).where(eq(profiles.id, id))).length, 0);
  });

  it('says which fields a credentials network needs, and refuses unknown networks', async () => {
    const unknownNet = await owner.client.post<{ code: string }>(`/api/v1/workspaces/${ws}/profiles`, { network: 'myspace' });
    assert.equal(unknownNet.status, 400);
    const oauthOnly = await owner.client.post<{ problems: Array<{ message: string }> }>(`/api/v1/workspaces/${ws}/profiles`, { network: 'scripted' });
    assert.equal(oauthOnly.status, 400);
    assert.match(oauthOnly.body.problems[0]!.message, /OAuth/);
  });
});
