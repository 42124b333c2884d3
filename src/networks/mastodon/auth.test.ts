import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AppCredentials } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import type { MastodonConnector } from './auth.ts';
import { accountJson } from './fixtures.ts';
import { createMastodonAdapter } from './index.ts';

const app: AppCredentials = { clientId: 'client-on-instance', clientSecret: 'secret-on-instance' };

describe('Mastodon connector', () => {
  let fake: FakeNetwork;
  const connector = createMastodonAdapter({}).connector as MastodonConnector;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
  });
  afterEach(() => fake.stop());

  it('registers Canopy as an app on the instance the person names', async () => {
    fake.on('POST /api/v1/apps', {
      body: { id: '563419', name: 'Canopy', scopes: ['read:accounts'], redirect_uris: ['https://canopy.example/cb'], client_id: 'cid', client_secret: 'csecret', client_secret_expires_at: 0 },
    });
    const registered = okValue(await connector.registerApp(testHttp(), { serviceUrl: `${fake.url}/`, redirectUri: 'https://canopy.example/cb' }));
    assert.deepEqual(registered, { clientId: 'cid', clientSecret: 'csecret' });
    const body = fake.sent('POST /api/v1/apps')[0]?.json as { client_name: string; redirect_uris: string[]; scopes: string };
    assert.equal(body.client_name, 'Canopy');
    assert.deepEqual(body.redirect_uris, ['https://canopy.example/cb']);
    assert.match(body.scopes, /write:statuses/);
    assert.match(body.scopes, /write:media/);
  });

  it('passes the instance’s validation message on when registration fails', async () => {
    fake.on('POST /api/v1/apps', { status: 422, body: { error: 'Validation failed: Redirect URI must be an absolute URI.' } });
    const refused = failureOf(await connector.registerApp(testHttp(), { serviceUrl: fake.url, redirectUri: 'nope' }), 'rejected');
    assert.equal(refused.reason, 'Validation failed: Redirect URI must be an absolute URI.');
  });

  it('builds the authorization URL on the instance, with PKCE S256 and the scopes', () => {
    const url = new URL(connector.authorizationUrl({ app, redirectUri: 'https://canopy.example/cb', state: 'st4te', codeChallenge: 'ch4llenge', serviceUrl: 'fosstodon.org' }));
    assert.equal(url.origin + url.pathname, 'https://fosstodon.org/oauth/authorize');
    assert.equal(url.searchParams.get('client_id'), 'client-on-instance');
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('redirect_uri'), 'https://canopy.example/cb');
    assert.equal(url.searchParams.get('state'), 'st4te');
    assert.equal(url.searchParams.get('code_challenge'), 'ch4llenge');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.deepEqual(url.searchParams.get('scope')?.split(' '), createMastodonAdapter({}).manifest.auth.scopes);
  });

  it('exchanges the code and reads the account', async () => {
    fake.on('POST /oauth/token', { body: { access_token: 'new-token', token_type: 'Bearer', scope: 'read:accounts write:statuses', created_at: 1795348800 } });
    fake.on('GET /api/v1/accounts/verify_credentials', { body: accountJson({ display_name: 'Κανόπι 🌳', acct: 'canopy' }) });
    const connected = okValue(await connector.exchangeCode(testHttp(), { app, code: 'the-code', codeVerifier: 'the-verifier', redirectUri: 'https://canopy.example/cb', serviceUrl: fake.url }));

    const form = fake.sent('POST /oauth/token')[0]?.form;
    assert.equal(form?.get('grant_type'), 'authorization_code');
    assert.equal(form?.get('code'), 'the-code');
    assert.equal(form?.get('code_verifier'), 'the-verifier');
    assert.equal(form?.get('client_id'), 'client-on-instance');
    assert.equal(form?.get('client_secret'), 'secret-on-instance');
    assert.equal(fake.sent('GET /api/v1/accounts/verify_credentials')[0]?.headers.authorization, 'Bearer new-token');
    assert.deepEqual(connected.credentials, { accessToken: 'new-token' });
    assert.deepEqual(connected.account, {
      remoteId: '109382',
      handle: `canopy@${new URL(fake.url).host}`,
      displayName: 'Κανόπι 🌳',
      avatarUrl: 'https://files.example.social/avatars/canopy.png',
      serviceUrl: fake.url,
    });
  });

  it('answers a used or wrong code as unauthorized', async () => {
    fake.on('POST /oauth/token', { status: 400, body: { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.' } });
    const failed = failureOf(await connector.exchangeCode(testHttp(), { app, code: 'used', codeVerifier: 'v', redirectUri: 'https://canopy.example/cb', serviceUrl: fake.url }), 'unauthorized');
    assert.match(failed.reason, /^invalid_grant: The provided authorization grant is invalid/);
  });

  it('keeps a token that does not expire, without calling the instance', async () => {
    const credentials = { accessToken: 'forever' };
    assert.deepEqual(okValue(await connector.refresh(testHttp(), { app, credentials, serviceUrl: fake.url })), credentials);
    assert.equal(fake.requests.length, 0);
  });

  it('refreshes where the instance issues refresh tokens, keeping the old one when none comes back', async () => {
    fake.on('POST /oauth/token', { body: { access_token: 'fresh', token_type: 'Bearer', expires_in: 7200, created_at: 1795348800 } });
    const refreshed = okValue(await connector.refresh(testHttp(), { app, credentials: { accessToken: 'old', refreshToken: 'keep-me' }, serviceUrl: fake.url }));
    assert.equal(refreshed.accessToken, 'fresh');
    assert.equal(refreshed.refreshToken, 'keep-me');
    assert.ok(refreshed.expiresAt && refreshed.expiresAt.getTime() > Date.now() + 7_000_000);
    const form = fake.sent('POST /oauth/token')[0]?.form;
    assert.equal(form?.get('grant_type'), 'refresh_token');
    assert.equal(form?.get('refresh_token'), 'keep-me');
  });

  it('treats invalid_grant on refresh as unauthorized, and 503 or 429 as passing', async () => {
    const credentials = { accessToken: 'old', refreshToken: 'gone' };
    fake.on('POST /oauth/token', { status: 400, body: { error: 'invalid_grant', error_description: 'revoked' } });
    assert.equal(failureOf(await connector.refresh(testHttp(), { app, credentials, serviceUrl: fake.url }), 'unauthorized').reason, 'invalid_grant: revoked');
    fake.on('POST /oauth/token', { status: 503, body: '<html>Service Unavailable</html>' });
    failureOf(await connector.refresh(testHttp(), { app, credentials, serviceUrl: fake.url }), 'transient');
    fake.on('POST /oauth/token', { status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-11-22T00:05:00.000Z' }, body: { error: 'Too many requests' } });
    assert.equal(failureOf(await connector.refresh(testHttp(), { app, credentials, serviceUrl: fake.url }), 'rate_limited').retryAt.toISOString(), '2026-11-22T00:05:00.000Z');
  });

  it('revokes the token with the app’s credentials', async () => {
    fake.on('POST /oauth/revoke', { body: {} });
    okValue(await connector.revoke(testHttp(), { app, credentials: { accessToken: 'bye' }, serviceUrl: fake.url }));
    const form = fake.sent('POST /oauth/revoke')[0]?.form;
    assert.equal(form?.get('token'), 'bye');
    assert.equal(form?.get('client_secret'), 'secret-on-instance');
  });
});
