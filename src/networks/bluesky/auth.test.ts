import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CredentialConnector, Credentials, RemoteAccount } from '../adapter.ts';
import { createRegistry } from '../registry.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { startLocalBluesky, type LocalBluesky } from './testing/local-network.ts';
import { localAdapter } from './testing/sessions.ts';

describe('Bluesky sign-in with an app password', () => {
  let network: LocalBluesky;
  let connector: CredentialConnector;

  async function connect(name: string, fields: Record<string, string> = {}) {
    const account = network.accounts[name]!;
    return connector.connect(testHttp(10_000), { identifier: account.handle, appPassword: account.appPassword, ...fields });
  }

  /** Whether the PDS takes an access token: com.atproto.server.getSession answers for it. */
  async function works(credentials: Credentials): Promise<boolean> {
    const res = await fetch(`${network.pdsUrl}/xrpc/com.atproto.server.getSession`, { headers: { authorization: `Bearer ${credentials.accessToken}` } });
    return res.ok;
  }

  before(async () => {
    network = await startLocalBluesky({ appView: false, accounts: ['alice', 'bob', 'carol', 'dave'] });
    connector = localAdapter(network).connector;
  });
  after(() => network?.close());

  it('connects with a handle and app password, keeping the DID, the PDS and both tokens', async () => {
    const { account, credentials } = okValue(await connect('alice', { identifier: '@alice.test' }));
    assert.deepEqual(account, {
      remoteId: network.accounts.alice!.did,
      handle: 'alice.test',
      displayName: 'alice.test',
      serviceUrl: new URL(network.pdsUrl).origin,
    });
    assert.ok(credentials.accessToken && credentials.refreshToken);
    assert.notEqual(credentials.accessToken, credentials.refreshToken);
    assert.ok(credentials.expiresAt && credentials.expiresAt.getTime() > Date.now());
    assert.equal(credentials.identifier, 'alice.test');
    assert.equal(credentials.appPassword, network.accounts.alice!.appPassword);
    assert.equal(credentials.extra?.did, network.accounts.alice!.did);
    assert.ok(await works(credentials));
  });

  it('connects at the service people name, with the email as identifier', async () => {
    const connected = okValue(await connect('bob', { service: `${network.pdsUrl}/`, identifier: network.accounts.bob!.email }));
    assert.equal(connected.account.handle, 'bob.test');
    assert.equal(connected.credentials.extra?.service, new URL(network.pdsUrl).origin);
  });

  it('rejects a wrong app password with a reason a person can act on', async () => {
    const outcome = failureOf(await connect('alice', { appPassword: 'aaaa-bbbb-cccc-dddd' }), 'rejected');
    assert.equal(outcome.code, 'invalid_credentials');
    assert.match(outcome.reason, /did not accept this handle or email and app password/);
  });

  it('refuses the account password and ends the session it opened', async () => {
    const outcome = failureOf(await connect('alice', { appPassword: network.accounts.alice!.password }), 'rejected');
    assert.equal(outcome.code, 'account_password');
    assert.match(outcome.reason, /App passwords/);
  });

  it('asks for the missing fields and refuses a service that is not a URL', async () => {
    assert.equal(failureOf(await connector.connect(testHttp(), { identifier: '', appPassword: 'x' }), 'rejected').code, 'missing_identifier');
    assert.equal(failureOf(await connector.connect(testHttp(), { identifier: 'alice.test', appPassword: ' ' }), 'rejected').code, 'missing_app_password');
    assert.equal(failureOf(await connect('alice', { service: 'ftp://example.test' }), 'rejected').code, 'invalid_service');
  });

  it('refuses an account its host has deactivated', async () => {
    const dave = await network.agentFor('dave');
    await dave.com.atproto.server.deactivateAccount({});
    const outcome = failureOf(await connect('dave'), 'rejected');
    assert.equal(outcome.code, 'account_inactive');
    assert.match(outcome.reason, /deactivated/);
  });

  it('refreshes the session into new tokens that work', async () => {
    const first = okValue(await connect('alice'));
    const refreshed = okValue(await connector.refresh(testHttp(10_000), first));
    assert.notEqual(refreshed.refreshToken, first.credentials.refreshToken, 'Bluesky rotates the refresh token');
    assert.equal(refreshed.appPassword, first.credentials.appPassword, 'the app password is kept');
    assert.ok(await works(refreshed));
  });

  it('opens a new session when Bluesky revoked the old one but the app password still works', async () => {
    const { account, credentials } = okValue(await connect('bob'));
    const revoked = await fetch(`${network.pdsUrl}/xrpc/com.atproto.server.deleteSession`, { method: 'POST', headers: { authorization: `Bearer ${credentials.refreshToken}` } });
    assert.equal(revoked.status, 200);
    const renewed = okValue(await connector.refresh(testHttp(10_000), { credentials, account }));
    assert.notEqual(renewed.refreshToken, credentials.refreshToken);
    assert.ok(await works(renewed));
  });

  it('answers unauthorized invalid_grant when the app password was revoked', async () => {
    const { account, credentials } = okValue(await connect('carol'));
    const carol = await network.agentFor('carol');
    await carol.com.atproto.server.revokeAppPassword({ name: 'canopy' });
    const outcome = failureOf(await connector.refresh(testHttp(10_000), { credentials, account }), 'unauthorized');
    assert.match(outcome.reason, /^invalid_grant: /);
    assert.match(outcome.reason, /reconnect Bluesky/);
  });

  it('answers unauthorized invalid_grant without a refresh token', async () => {
    const account: RemoteAccount = { remoteId: network.accounts.alice!.did, handle: 'alice.test', displayName: 'alice', serviceUrl: network.pdsUrl };
    const outcome = failureOf(await connector.refresh(testHttp(), { credentials: {}, account }), 'unauthorized');
    assert.match(outcome.reason, /^invalid_grant: /);
  });

  it('is in the registry, with the default service taken from the endpoints', () => {
    const adapter = createRegistry({ bluesky: 'http://127.0.0.1:2583' }).get('bluesky');
    assert.ok(adapter);
    assert.deepEqual(adapter.manifest.auth.credentialFields?.[0], { name: 'service', secret: false, defaultValue: 'http://127.0.0.1:2583' });
    assert.equal(createRegistry().get('bluesky')?.manifest.auth.credentialFields?.[0]?.defaultValue, 'https://bsky.social');
    assert.deepEqual(adapter.manifest.text, { maxLength: 300, counting: 'graphemes' });
  });
});
