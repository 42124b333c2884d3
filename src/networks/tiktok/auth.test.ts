import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { OAuthConnector } from '../adapter.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { FakeTikTok, tiktokError, tiktokOk } from './fake-tiktok.ts';
import { createTikTokAdapter } from './index.ts';

const app = { clientId: 'aw1b2c3d4e5', clientSecret: 'tt-secret' };
const held = { accessToken: 'act.old', refreshToken: 'rft.old', expiresAt: new Date(0) };

describe('TikTok connector', () => {
  let tt: FakeTikTok;
  let connector: OAuthConnector;
  before(async () => {
    tt = await new FakeTikTok().start();
    const c = createTikTokAdapter({ tiktok: tt.url }).connector;
    assert.ok(c?.kind === 'oauth2');
    connector = c;
  });
  after(() => tt.stop());
  beforeEach(() => tt.reset());

  it('sends people to TikTok with the client key, the scopes and PKCE', () => {
    const url = new URL(connector.authorizationUrl({ app, redirectUri: 'https://canopy.example/oauth/tiktok', state: 'st-tt', codeChallenge: 'chal-tt' }));
    assert.equal(url.origin + url.pathname, 'https://www.tiktok.com/v2/auth/authorize/');
    assert.equal(url.searchParams.get('client_key'), app.clientId);
    assert.equal(url.searchParams.get('scope'), 'user.info.basic,user.info.profile,user.info.stats,video.publish,video.list');
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('code_challenge'), 'chal-tt');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('state'), 'st-tt');
  });

  it('exchanges the code with the verifier and reads the user', async () => {
    tt.on('POST /v2/oauth/token/', { body: { access_token: 'act.new', expires_in: 86400, open_id: 'open-123', refresh_token: 'rft.new', refresh_expires_in: 31536000, scope: 'user.info.basic,video.publish', token_type: 'Bearer' } });
    tt.on('GET /v2/user/info/', tiktokOk({ user: { open_id: 'open-123', union_id: 'u-1', avatar_url: 'https://p16.example/a.jpeg', display_name: 'Μαρία · Марија · มาเรีย 💃', username: 'maria.dances' } }));
    const out = okValue(await connector.exchangeCode(testHttp(), { app, code: 'code-1', codeVerifier: 'ver-1', redirectUri: 'https://canopy.example/oauth/tiktok' }));
    assert.deepEqual(out.account, { remoteId: 'open-123', handle: 'maria.dances', displayName: 'Μαρία · Марија · มาเรีย 💃', avatarUrl: 'https://p16.example/a.jpeg' });
    assert.equal(out.credentials.accessToken, 'act.new');
    assert.equal(out.credentials.refreshToken, 'rft.new');
    const form = tt.sent('POST /v2/oauth/token/')[0]!.form!;
    assert.deepEqual(Object.fromEntries(form), {
      client_key: app.clientId,
      client_secret: 'tt-secret',
      code: 'code-1',
      grant_type: 'authorization_code',
      redirect_uri: 'https://canopy.example/oauth/tiktok',
      code_verifier: 'ver-1',
    });
    const info = tt.sent('GET /v2/user/info/')[0]!;
    assert.equal(info.headers.authorization, 'Bearer act.new');
    assert.equal(info.query.get('fields'), 'open_id,union_id,avatar_url,display_name,username');
  });

  it('refresh takes the rotated refresh token, and keeps the old one when none comes', async () => {
    tt.on('POST /v2/oauth/token/', { body: { access_token: 'act.2', expires_in: 7200, refresh_token: 'rft.2', open_id: 'open-123' } });
    assert.equal(okValue(await connector.refresh(testHttp(), { app, credentials: held })).refreshToken, 'rft.2');
    const form = tt.sent('POST /v2/oauth/token/')[0]!.form!;
    assert.equal(form.get('grant_type'), 'refresh_token');
    assert.equal(form.get('refresh_token'), 'rft.old');
    tt.on('POST /v2/oauth/token/', { body: { access_token: 'act.3', expires_in: 7200, open_id: 'open-123' } });
    const kept = okValue(await connector.refresh(testHttp(), { app, credentials: held }));
    assert.equal(kept.accessToken, 'act.3');
    assert.equal(kept.refreshToken, 'rft.old');
  });

  it('invalid_grant is unauthorized; a 503 or a timeout is transient', async () => {
    tt.on('POST /v2/oauth/token/', { status: 400, body: { error: 'invalid_grant', error_description: 'Refresh token is invalid or expired.', log_id: 'x' } });
    assert.match(failureOf(await connector.refresh(testHttp(), { app, credentials: held }), 'unauthorized').reason, /^invalid_grant: /);
    tt.on('POST /v2/oauth/token/', { status: 503, body: 'Service Unavailable' });
    assert.equal((await connector.refresh(testHttp(), { app, credentials: held })).kind, 'transient');
    tt.on('POST /v2/oauth/token/', { delayMs: 600, body: {} });
    assert.equal((await connector.refresh(testHttp(200), { app, credentials: held })).kind, 'transient');
  });

  it('an expired token while reading the user is unauthorized', async () => {
    tt.on('POST /v2/oauth/token/', { body: { access_token: 'act.x', refresh_token: 'r' } });
    tt.on('GET /v2/user/info/', tiktokError(401, 'access_token_invalid', 'The access token is invalid or not found in the request.'));
    const out = await connector.exchangeCode(testHttp(), { app, code: 'c', codeVerifier: 'v', redirectUri: 'https://canopy.example/cb' });
    assert.equal(out.kind, 'unauthorized');
  });

  it('revokes the access token', async () => {
    tt.on('POST /v2/oauth/revoke/', { body: {} });
    okValue(await connector.revoke(testHttp(), { app, credentials: held }));
    const form = tt.sent('POST /v2/oauth/revoke/')[0]!.form!;
    assert.equal(form.get('token'), 'act.old');
    assert.equal(form.get('client_key'), app.clientId);
  });
});
