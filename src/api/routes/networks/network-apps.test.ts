import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveAppCredentials } from '../../../core/profiles/app-credentials.ts';
import { notify } from '../../../core/notifications/notify.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { signUpOwner, type Owner } from '../../../testing/people.ts';

describe("an organization's app credentials", () => {
  let t: TestApp;
  let owner: Owner;
  before(async () => {
    t = await startTestApp({ NETWORK_X_CLIENT_ID: 'server-wide-id' });
    owner = await signUpOwner(t.url);
  });
  after(() => t.stop());

  it('keeps the secret when only the client id changes, never shows it, and falls back to the environment when removed', async () => {
    const scope = { organizationId: owner.organizationId, network: 'x' };
    assert.equal((await resolveAppCredentials(t.app, scope))?.clientId, 'server-wide-id');
    assert.equal((await owner.client.request('PUT', '/api/v1/organization/networks/x', { clientId: 'org-id', clientSecret: 'org-secret' })).status, 204);
    assert.equal((await owner.client.request('PUT', '/api/v1/organization/networks/x', { clientId: 'org-id-2' })).status, 204);
    assert.deepEqual(await resolveAppCredentials(t.app, scope), { clientId: 'org-id-2', clientSecret: 'org-secret' });
    const listed = await owner.client.get<{ items: Array<{ network: string; clientId: string; hasSecret: boolean }> }>('/api/v1/organization/networks');
    assert.deepEqual(listed.body.items.map((a) => [a.network, a.clientId, a.hasSecret]), [['x', 'org-id-2', true]]);
    assert.ok(!JSON.stringify(listed.body).includes('org-secret'));
    const networks = await owner.client.get<{ items: Array<{ id: string; appCredentials: string | null }> }>('/api/v1/networks');
    assert.equal(networks.body.items.find((n) => n.id === 'x')?.appCredentials, 'organization');
    assert.equal((await owner.client.delete('/api/v1/organization/networks/x')).status, 204);
    assert.equal((await resolveAppCredentials(t.app, scope))?.clientId, 'server-wide-id');
    assert.equal((await owner.client.delete('/api/v1/organization/networks/x')).status, 404);
  });

  it('counts unread notifications and marks them all read', async () => {
    await notify(t.database.db, { userIds: [owner.userId], workspaceId: null, kind: 'test', params: {}, dedupeKey: 'a' });
    await notify(t.database.db, { userIds: [owner.userId], workspaceId: null, kind: 'test', params: {}, dedupeKey: 'b' });
    await notify(t.database.db, { userIds: [owner.userId], workspaceId: null, kind: 'test', params: {}, dedupeKey: 'b' });
    const before = await owner.client.get<{ unreadCount: number }>('/api/v1/notifications');
    assert.equal(before.body.unreadCount, 2);
    assert.equal((await owner.client.post('/api/v1/notifications/read-all')).status, 204);
    assert.equal((await owner.client.get<{ unreadCount: number }>('/api/v1/notifications')).body.unreadCount, 0);
  });
});
