import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { accountJson } from '../../networks/mastodon/fixtures.ts';
import { FakeNetwork } from '../../networks/testing/fake-network.ts';
import { startTestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner, type Owner } from '../../testing/people.ts';

/** OAuth against any Mastodon server: Canopy registers itself there once, then connects. */
describe('connecting a Mastodon profile on any server', () => {
  let instance: FakeNetwork;
  before(async () => {
    instance = await new FakeNetwork()
      .on('POST /api/v1/apps', { body: { id: '1', name: 'Canopy', client_id: 'registered-id', client_secret: 'registered-secret', redirect_uri: 'x' } })
      .on('POST /oauth/token', { body: { access_token: 'mastodon-token', token_type: 'Bearer', scope: 'read write', created_at: 1795300000 } })
      .on('GET /api/v1/accounts/verify_credentials', { body: accountJson() })
      .start();
  });
  after(() => instance.stop());

  async function connect(owner: Owner, ws: string) {
    const started = await owner.client.get<{ authorizationUrl: string; code: string }>(
      `/api/v1/workspaces/${ws}/profiles/connect/mastodon?service=${encodeURIComponent(instance.url)}`,
    );
    if (started.status !== 200) return started;
    const url = new URL(started.body.authorizationUrl);
    assert.equal(url.origin + url.pathname, `${instance.url}/oauth/authorize`);
    assert.equal(url.searchParams.get('client_id'), 'registered-id');
    return owner.client.request('GET', `/api/v1/oauth/callback/mastodon?code=abc&state=${url.searchParams.get('state')}`);
  }

  it('registers the app on the server once, connects, and keeps the server with the profile', async () => {
    const t = await startTestApp({ NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true' });
    try {
      const owner = await signUpOwner(t.url);
      const ws = await createWorkspace(owner);
      const back = await connect(owner, ws);
      assert.equal(back.status, 302);
      assert.equal(back.headers.get('location'), `/w/${ws}/settings/profiles?connected=mastodon`);
      const list = await owner.client.get<{ items: Array<{ network: string; handle: string; serviceUrl: string; status: string }> }>(`/api/v1/workspaces/${ws}/profiles`);
      assert.deepEqual(list.body.items.map((p) => [p.network, p.serviceUrl, p.status]), [['mastodon', instance.url, 'connected']]);
      await connect(owner, ws);
      assert.equal(instance.sent('POST /api/v1/apps').length, 1, 'the app is registered once per server');
      const token = instance.sent('POST /oauth/token').at(-1)!;
      assert.equal(token.form?.get('client_secret') ?? (token.json as Record<string, string>)?.client_secret, 'registered-secret');
    } finally {
      await t.stop();
    }
  });

  it('refuses a server on a private address', async () => {
    const t = await startTestApp();
    try {
      const owner = await signUpOwner(t.url);
      const ws = await createWorkspace(owner);
      const refused = await connect(owner, ws);
      assert.equal(refused.status, 422);
      assert.match(String((refused.body as { detail: string }).detail), /not a public address/);
    } finally {
      await t.stop();
    }
  });
});
