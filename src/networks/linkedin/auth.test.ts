import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AppCredentials, OAuthConnector } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { ERRORS } from './fixtures.ts';
import { createLinkedInAdapter } from './index.ts';

const app: AppCredentials = { clientId: 'li-client', clientSecret: 'li-secret' };
const me = {
  id: 'abc123XYZ',
  localizedFirstName: 'Ελένη',
  localizedLastName: 'Παππά',
  vanityName: 'eleni-pappa',
  profilePicture: { 'displayImage~': { elements: [{ identifiers: [{ identifier: 'https://media.licdn.com/small.jpg' }] }, { identifiers: [{ identifier: 'https://media.licdn.com/large.jpg' }] }] } },
};

describe('LinkedIn connector', () => {
  let fake: FakeNetwork;
  let connector: OAuthConnector;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    connector = createLinkedInAdapter({ linkedin: fake.url }).connector as OAuthConnector;
  });
  afterEach(() => fake.stop());

  it('builds the 3-legged authorization URL with the scopes (no PKCE: LinkedIn keeps it for native apps)', () => {
    const production = createLinkedInAdapter({}).connector as OAuthConnector;
    const url = new URL(production.authorizationUrl({ app, redirectUri: 'https://canopy.example/cb/li', state: 'st', codeChallenge: 'unused' }));
    assert.equal(url.origin + url.pathname, 'https://www.linkedin.com/oauth/v2/authorization');
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('client_id'), 'li-client');
    assert.equal(url.searchParams.get('state'), 'st');
    assert.equal(url.searchParams.get('code_challenge'), null);
    assert.deepEqual(url.searchParams.get('scope')?.split(' '), createLinkedInAdapter({}).manifest.auth.scopes);
    assert.equal(createLinkedInAdapter({}).manifest.auth.pkce, false);
  });

  it('exchanges the code, reads the member and the pages they may post for', async () => {
    fake.on('POST /oauth/v2/accessToken', { body: { access_token: 'AQV-token', expires_in: 5184000, refresh_token: 'AQX-refresh', refresh_token_expires_in: 31536000, scope: 'r_basicprofile,w_member_social' } });
    fake.on('GET /v2/me', { body: me });
    fake.on('GET /rest/organizationAcls', {
      body: {
        elements: [
          { organization: 'urn:li:organization:2414183', role: 'ADMINISTRATOR', state: 'APPROVED', roleAssignee: 'urn:li:person:abc123XYZ' },
          { organization: 'urn:li:organization:777', role: 'ANALYST', state: 'APPROVED', roleAssignee: 'urn:li:person:abc123XYZ' },
          { organization: 'urn:li:organization:5515715', role: 'CONTENT_ADMINISTRATOR', state: 'APPROVED', roleAssignee: 'urn:li:person:abc123XYZ' },
        ],
        paging: { count: 100, start: 0, total: 3 },
      },
    });
    fake.on('GET /rest/organizations', { body: { results: { '2414183': { localizedName: 'Devtestco', vanityName: 'devtestco' }, '5515715': { localizedName: 'Ελαιώνας Α.Ε.' } }, statuses: {}, errors: {} } });

    const connected = okValue(await connector.exchangeCode(testHttp(), { app, code: 'li-code', codeVerifier: 'ignored', redirectUri: 'https://canopy.example/cb/li' }));

    const form = fake.sent('POST /oauth/v2/accessToken')[0]?.form;
    assert.deepEqual([form?.get('grant_type'), form?.get('code'), form?.get('client_id'), form?.get('client_secret'), form?.get('code_verifier')], ['authorization_code', 'li-code', 'li-client', 'li-secret', null]);
    assert.equal(fake.sent('GET /v2/me')[0]?.headers.authorization, 'Bearer AQV-token');
    assert.equal(fake.sent('GET /rest/organizations')[0]?.query.get('ids'), 'List(2414183,5515715)');
    assert.equal(connected.credentials.refreshToken, 'AQX-refresh');
    assert.deepEqual(connected.account, {
      remoteId: 'urn:li:person:abc123XYZ',
      handle: 'eleni-pappa',
      displayName: 'Ελένη Παππά',
      avatarUrl: 'https://media.licdn.com/large.jpg',
      subAccounts: [
        { remoteId: 'urn:li:organization:2414183', name: 'Devtestco', kind: 'organization' },
        { remoteId: 'urn:li:organization:5515715', name: 'Ελαιώνας Α.Ε.', kind: 'organization' },
      ],
    });
  });

  it('connects a member without pages when the app may not read page roles', async () => {
    fake.on('POST /oauth/v2/accessToken', { body: { access_token: 'AQV', expires_in: 5184000 } });
    fake.on('GET /v2/me', { body: { id: 'abc', localizedFirstName: 'Ана' } });
    fake.on('GET /rest/organizationAcls', { status: 403, body: ERRORS.denied });
    const connected = okValue(await connector.exchangeCode(testHttp(), { app, code: 'c', codeVerifier: 'v', redirectUri: 'https://canopy.example/cb/li' }));
    assert.deepEqual(connected.account.subAccounts, []);
    assert.equal(connected.credentials.refreshToken, undefined);
  });

  it('refreshes, keeping the refresh token LinkedIn does not rotate', async () => {
    fake.on('POST /oauth/v2/accessToken', { body: { access_token: 'AQV-new', expires_in: 5184000 } });
    const refreshed = okValue(await connector.refresh(testHttp(), { app, credentials: { accessToken: 'AQV-old', refreshToken: 'AQX-keep' } }));
    assert.deepEqual([refreshed.accessToken, refreshed.refreshToken], ['AQV-new', 'AQX-keep']);
    const form = fake.sent('POST /oauth/v2/accessToken')[0]?.form;
    assert.deepEqual([form?.get('grant_type'), form?.get('refresh_token')], ['refresh_token', 'AQX-keep']);
  });

  it('treats an expired or revoked refresh token as unauthorized, and a 503 as transient', async () => {
    const credentials = { accessToken: 'a', refreshToken: 'r' };
    fake.on('POST /oauth/v2/accessToken', { status: 400, body: { error: 'invalid_request', error_description: 'The provided authorization grant or refresh token is invalid, expired or revoked.' } });
    failureOf(await connector.refresh(testHttp(), { app, credentials }), 'unauthorized');
    fake.on('POST /oauth/v2/accessToken', { status: 400, body: { error: 'invalid_grant', error_description: 'refresh token revoked' } });
    assert.equal(failureOf(await connector.refresh(testHttp(), { app, credentials }), 'unauthorized').reason, 'invalid_grant: refresh token revoked');
    fake.on('POST /oauth/v2/accessToken', { status: 503, body: '<html>Service Unavailable</html>' });
    failureOf(await connector.refresh(testHttp(), { app, credentials }), 'transient');
  });

  it('revokes the access token', async () => {
    fake.on('POST /oauth/v2/revoke', { status: 200, body: '' });
    okValue(await connector.revoke(testHttp(), { app, credentials: { accessToken: 'AQV-bye' } }));
    const form = fake.sent('POST /oauth/v2/revoke')[0]?.form;
    assert.deepEqual([form?.get('token'), form?.get('client_id'), form?.get('client_secret')], ['AQV-bye', 'li-client', 'li-secret']);
  });
});
