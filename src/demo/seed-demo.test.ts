import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLocalBluesky, type LocalBluesky } from '../networks/bluesky/testing/local-network.ts';
import { withProfileSession } from '../core/profiles/profile-session.ts';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { TestClient } from '../testing/client.ts';
import { demoAccounts, demoOwner, seedDemo } from './seed-demo.ts';

describe('the demo', () => {
  let t: TestApp;
  let bluesky: LocalBluesky;
  before(async () => {
    bluesky = await startLocalBluesky({ appView: true, accounts: demoAccounts });
    t = await startTestApp({ NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true' });
  });
  after(async () => {
    await t.stop();
    await bluesky.close();
  });

  it('connects two local Bluesky profiles to a demo workspace, with an audience to answer', async () => {
    const demo = await seedDemo(t.app, bluesky);
    const c = new TestClient(t.url);
    assert.equal((await c.post('/api/v1/auth/login', { email: demoOwner.email, password: demoOwner.password })).status, 200);
    const profiles = await c.get<{ items: Array<{ id: string; handle: string; displayName: string; status: string }> }>(`/api/v1/workspaces/${demo.workspaceId}/profiles`);
    assert.deepEqual(
      profiles.body.items.map((p) => [p.handle, p.status]).sort(),
      [
        ['acmebakery.test', 'connected'],
        ['acmecoffee.test', 'connected'],
      ],
    );
    const coffee = profiles.body.items.find((p) => p.handle === 'acmecoffee.test')!;
    const adapter = t.app.networks.get('bluesky')!;
    const mentions = await withProfileSession(t.app, coffee.id, (s) => adapter.inbox!.fetch(s, { kind: 'mention', cursor: null }));
    assert.equal(mentions.kind, 'ok');
    assert.ok(mentions.kind === 'ok' && mentions.value.items.some((m) => m.text.includes('Најбоља кафа')), 'the Serbian mention arrived');
    const comments = await withProfileSession(t.app, coffee.id, (s) => adapter.inbox!.fetch(s, { kind: 'comment', cursor: null }));
    assert.ok(comments.kind === 'ok' && comments.value.items.length >= 2, 'replies to the launch post arrived');
  });
});
