import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OAuthConnector } from '../adapter.ts';
import { testHttp } from '../testing/session.ts';
import { fakeNetworkFor, graphError } from '../meta/graph-fixtures.ts';
import { createThreadsAdapter } from './index.ts';

const app = { clientId: 'threads-app', clientSecret: 'threads-secret' };
const SIXTY_DAYS = 5_183_944;

describe('Threads connector', () => {
  const { fake, subject: connector } = fakeNetworkFor((url) => createThreadsAdapter({ threads: url }).connector as OAuthConnector);

  it('sends people to the Threads authorization window with the Threads scopes', () => {
    const url = new URL(connector.authorizationUrl({ app, redirectUri: 'https://canopy.example/cb', state: 'st-9', codeChallenge: 'unused' }));
    assert.equal(url.origin + url.pathname, 'https://threads.com/oauth/authorize');
    assert.equal(url.searchParams.get('client_id'), 'threads-app');
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('state'), 'st-9');
    assert.equal(url.searchParams.get('redirect_uri'), 'https://canopy.example/cb');
    assert.deepEqual(url.searchParams.get('scope')?.split(','), [
      'threads_basic',
      'threads_content_publish',
      'threads_manage_replies',
      'threads_read_replies',
      'threads_manage_insights',
      'threads_manage_mentions',
      'threads_keyword_search',
    ]);
  });

  it('redeems the code, exchanges it for a long-lived token and reads the profile', async () => {
    fake.on('POST /oauth/access_token', { body: { access_token: 'short-th', user_id: 990011 } });
    fake.on('GET /access_token', { body: { access_token: 'long-th', token_type: 'bearer', expires_in: SIXTY_DAYS } });
    fake.on('GET /v1.0/me', { body: { id: '990011', username: 'pekara.stara', name: 'Пекара Стара', threads_profile_picture_url: 'https://cdn.example/p.jpg' } });
    const res = await connector.exchangeCode(testHttp(), { app, code: 'th-code', codeVerifier: '', redirectUri: 'https://canopy.example/cb' });
    assert.equal(res.kind, 'ok');
    if (res.kind !== 'ok') return;
    assert.equal(res.value.credentials.accessToken, 'long-th');
    assert.equal(res.value.credentials.refreshToken, undefined);
    assert.ok(res.value.credentials.expiresAt && res.value.credentials.expiresAt.getTime() > Date.now() + 59 * 86_400_000);
    assert.deepEqual(res.value.account, { remoteId: '990011', handle: 'pekara.stara', displayName: 'Пекара Стара', avatarUrl: 'https://cdn.example/p.jpg' });
    const redeem = fake.sent('POST /oauth/access_token').at(-1);
    assert.equal(redeem?.form?.get('grant_type'), 'authorization_code');
    assert.equal(redeem?.form?.get('code'), 'th-code');
    assert.equal(redeem?.form?.get('client_secret'), 'threads-secret');
    assert.equal(redeem?.query.get('access_token'), null, 'the code exchange carries no token');
    const exchange = fake.sent('GET /access_token').at(-1);
    assert.equal(exchange?.query.get('grant_type'), 'th_exchange_token');
    assert.equal(exchange?.query.get('access_token'), 'short-th');
    assert.equal(fake.sent('GET /v1.0/me').at(-1)?.query.get('access_token'), 'long-th');
  });

  it('refreshes the long-lived token with itself, keeping what Meta does not send again', async () => {
    fake.on('GET /refresh_access_token', { body: { access_token: 'long-th-2', token_type: 'bearer', expires_in: SIXTY_DAYS } });
    const res = await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-th', refreshToken: 'kept' } });
    assert.equal(res.kind === 'ok' && res.value.accessToken, 'long-th-2');
    assert.equal(res.kind === 'ok' && res.value.refreshToken, 'kept');
    const sent = fake.sent('GET /refresh_access_token').at(-1);
    assert.equal(sent?.query.get('grant_type'), 'th_refresh_token');
    assert.equal(sent?.query.get('access_token'), 'long-th');
  });

  it('reads a revoked or expired token as unauthorized, and an outage as transient', async () => {
    fake.on('GET /refresh_access_token', graphError(190, 'Error validating access token: The session has been invalidated', { subcode: 460 }));
    const revoked = await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-th' } });
    assert.ok(revoked.kind === 'unauthorized' && revoked.reason.startsWith('invalid_grant: '));
    fake.on('GET /refresh_access_token', { status: 503, body: 'unavailable' });
    assert.equal((await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-th' } })).kind, 'transient');
  });

  it('says plainly that Threads cannot revoke a token', async () => {
    const res = await connector.revoke(testHttp(), { app, credentials: { accessToken: 'long-th' } });
    assert.equal(res.kind === 'rejected' && res.code, 'unsupported');
  });
});
