import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AppCredentials, OAuthConnector } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { ME } from './fixtures.ts';
import { createXAdapter } from './index.ts';

const confidential: AppCredentials = { clientId: 'x-client', clientSecret: 'x-secret' };
const basic = `Basic ${Buffer.from('x-client:x-secret').toString('base64')}`;

describe('X connector', () => {
  let fake: FakeNetwork;
  let connector: OAuthConnector;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    connector = createXAdapter({ x: fake.url }).connector as OAuthConnector;
  });
  afterEach(() => fake.stop());

  it('builds the authorization URL with PKCE S256 and the scopes, offline.access included', () => {
    const url = new URL(connector.authorizationUrl({ app: confidential, redirectUri: 'https://canopy.example/cb/x', state: 's', codeChallenge: 'c' }));
    assert.equal(url.origin + url.pathname, 'https://x.com/i/oauth2/authorize');
    assert.equal(url.searchParams.get('code_challenge'), 'c');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('client_id'), 'x-client');
    assert.equal(url.searchParams.get('redirect_uri'), 'https://canopy.example/cb/x');
    const scopes = url.searchParams.get('scope')?.split(' ') ?? [];
    for (const scope of ['tweet.write', 'users.read', 'media.write', 'offline.access']) assert.ok(scopes.includes(scope), scope);
  });

  it('exchanges the code with HTTP Basic for a confidential client and reads the account', async () => {
    fake.on('POST /2/oauth2/token', { body: { token_type: 'bearer', expires_in: 7200, access_token: 'at-1', scope: 'tweet.write users.read offline.access', refresh_token: 'rt-1' } });
    fake.on('GET /2/users/me', { body: { data: ME } });
    const connected = okValue(await connector.exchangeCode(testHttp(), { app: confidential, code: 'code-1', codeVerifier: 'verifier-1', redirectUri: 'https://canopy.example/cb/x' }));

    const token = fake.sent('POST /2/oauth2/token')[0];
    assert.equal(token?.headers.authorization, basic);
    assert.equal(token?.form?.get('grant_type'), 'authorization_code');
    assert.equal(token?.form?.get('code_verifier'), 'verifier-1');
    assert.equal(token?.form?.get('client_id'), null, 'a confidential client authenticates with Basic only');
    assert.equal(fake.sent('GET /2/users/me')[0]?.headers.authorization, 'Bearer at-1');
    assert.equal(connected.credentials.refreshToken, 'rt-1');
    assert.ok(connected.credentials.expiresAt);
    assert.deepEqual(connected.account, { remoteId: ME.id, handle: 'canopy_test', displayName: 'Canopy Κανόπι', avatarUrl: ME.profile_image_url });
  });

  it('names the client_id in the form for a public client', async () => {
    fake.on('POST /2/oauth2/token', { body: { token_type: 'bearer', expires_in: 7200, access_token: 'at', refresh_token: 'rt' } });
    fake.on('GET /2/users/me', { body: { data: ME } });
    okValue(await connector.exchangeCode(testHttp(), { app: { clientId: 'public-client' }, code: 'c', codeVerifier: 'v', redirectUri: 'https://canopy.example/cb/x' }));
    const token = fake.sent('POST /2/oauth2/token')[0];
    assert.equal(token?.form?.get('client_id'), 'public-client');
    assert.equal(token?.headers.authorization, undefined);
  });

  it('refreshes, taking the rotated refresh token, or keeping the old one when none comes back', async () => {
    fake.on('POST /2/oauth2/token', { body: { token_type: 'bearer', expires_in: 7200, access_token: 'at-2', refresh_token: 'rt-2' } });
    const rotated = okValue(await connector.refresh(testHttp(), { app: confidential, credentials: { accessToken: 'at-1', refreshToken: 'rt-1' } }));
    assert.deepEqual([rotated.accessToken, rotated.refreshToken], ['at-2', 'rt-2']);
    assert.equal(fake.sent('POST /2/oauth2/token')[0]?.form?.get('refresh_token'), 'rt-1');

    fake.on('POST /2/oauth2/token', { body: { token_type: 'bearer', expires_in: 7200, access_token: 'at-3' } });
    const kept = okValue(await connector.refresh(testHttp(), { app: confidential, credentials: { accessToken: 'at-2', refreshToken: 'rt-2' } }));
    assert.deepEqual([kept.accessToken, kept.refreshToken], ['at-3', 'rt-2']);
  });

  it('treats a dead refresh token as unauthorized, whichever error X names', async () => {
    const credentials = { accessToken: 'at', refreshToken: 'dead' };
    fake.on('POST /2/oauth2/token', { status: 400, body: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' } });
    assert.equal(failureOf(await connector.refresh(testHttp(), { app: confidential, credentials }), 'unauthorized').reason, 'invalid_request: Value passed for the token was invalid.');
    fake.on('POST /2/oauth2/token', { status: 400, body: { error: 'invalid_grant', error_description: 'Refresh token was revoked' } });
    assert.match(failureOf(await connector.refresh(testHttp(), { app: confidential, credentials }), 'unauthorized').reason, /^invalid_grant: /);
  });

  it('keeps the profile connected through a 503 or a rate limit during refresh', async () => {
    const credentials = { accessToken: 'at', refreshToken: 'rt' };
    fake.on('POST /2/oauth2/token', { status: 503, body: { title: 'Service Unavailable', status: 503 } });
    failureOf(await connector.refresh(testHttp(), { app: confidential, credentials }), 'transient');
    fake.on('POST /2/oauth2/token', { status: 429, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1795352400' }, body: { title: 'Too Many Requests', status: 429 } });
    assert.equal(failureOf(await connector.refresh(testHttp(), { app: confidential, credentials }), 'rate_limited').retryAt.getTime(), 1795352400 * 1000);
  });

  it('rejects a wrong app secret without blaming the profile', async () => {
    fake.on('POST /2/oauth2/token', { status: 401, body: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' } });
    assert.equal(failureOf(await connector.refresh(testHttp(), { app: confidential, credentials: { refreshToken: 'rt' } }), 'rejected').code, 'unauthorized_client');
  });

  it('revokes the refresh token and the access token', async () => {
    fake.on('POST /2/oauth2/revoke', { body: { revoked: true } });
    okValue(await connector.revoke(testHttp(), { app: confidential, credentials: { accessToken: 'at', refreshToken: 'rt' } }));
    assert.deepEqual(fake.sent('POST /2/oauth2/revoke').map((r) => [r.form?.get('token'), r.form?.get('token_type_hint'), r.headers.authorization]), [
      ['rt', 'refresh_token', basic],
      ['at', 'access_token', basic],
    ]);
  });
});
