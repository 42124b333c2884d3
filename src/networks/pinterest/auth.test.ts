import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { OAuthConnector } from '../adapter.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { FakePinterest, pinterestError } from './fake-pinterest.ts';
import { createPinterestAdapter } from './index.ts';

const app = { clientId: '1500000', clientSecret: 'pin-secret' };
const held = { accessToken: 'pina_old', refreshToken: 'pinr_old', expiresAt: new Date(0) };

describe('Pinterest connector', () => {
  let pin: FakePinterest;
  let connector: OAuthConnector;
  let adapter: ReturnType<typeof createPinterestAdapter>;
  before(async () => {
    pin = await new FakePinterest().start();
    adapter = createPinterestAdapter({ pinterest: pin.url });
    assert.ok(adapter.connector?.kind === 'oauth2');
    connector = adapter.connector;
  });
  after(() => pin.stop());
  beforeEach(() => pin.reset());

  it('sends people to Pinterest with the scopes; Pinterest documents no PKCE, so none is sent', () => {
    const url = new URL(connector.authorizationUrl({ app, redirectUri: 'https://canopy.example/oauth/pinterest', state: 'st-p', codeChallenge: 'ignored' }));
    assert.equal(url.origin + url.pathname, 'https://www.pinterest.com/oauth/');
    assert.equal(url.searchParams.get('client_id'), app.clientId);
    assert.equal(url.searchParams.get('scope'), 'boards:read,pins:read,pins:write,user_accounts:read');
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('state'), 'st-p');
    assert.equal(url.searchParams.get('code_challenge'), null);
    assert.equal(adapter.manifest.auth.pkce, false);
  });

  it('exchanges the code with Basic client authentication, and offers each board as a profile', async () => {
    pin.on('POST /v5/oauth/token', { body: { access_token: 'pina_new', refresh_token: 'pinr_new', response_type: 'authorization_code', token_type: 'bearer', expires_in: 2592000, refresh_token_expires_in: 5184000, scope: 'boards:read pins:read pins:write user_accounts:read' } });
    pin.on('GET /v5/boards', (req) =>
      req.query.get('bookmark')
        ? { body: { items: [{ id: '900002', name: 'Συνταγές · Рецепти', privacy: 'PUBLIC' }], bookmark: null } }
        : { body: { items: [{ id: '900001', name: 'Ταξίδια 🌍', privacy: 'PUBLIC' }], bookmark: 'b2' } },
    );
    const out = okValue(await connector.exchangeCode(testHttp(), { app, code: 'code-p', codeVerifier: 'unused', redirectUri: 'https://canopy.example/oauth/pinterest' }));
    assert.deepEqual(out.account, {
      remoteId: '5566778899',
      handle: 'canopy_pins',
      displayName: 'Κανόπι · Канопи · แคโนพี',
      avatarUrl: 'https://i.pinimg.example/avatar.jpg',
      subAccounts: [
        { remoteId: '900001', name: 'Ταξίδια 🌍', kind: 'board' },
        { remoteId: '900002', name: 'Συνταγές · Рецепти', kind: 'board' },
      ],
    });
    assert.equal(out.credentials.refreshToken, 'pinr_new');
    const token = pin.sent('POST /v5/oauth/token')[0]!;
    assert.equal(token.headers.authorization, `Basic ${Buffer.from('1500000:pin-secret').toString('base64')}`);
    assert.deepEqual(Object.fromEntries(token.form!), { grant_type: 'authorization_code', code: 'code-p', redirect_uri: 'https://canopy.example/oauth/pinterest' });
    assert.equal(pin.sent('GET /v5/boards')[0]!.headers.authorization, 'Bearer pina_new');
  });

  it('refresh takes the renewed refresh token, and keeps the old one when none comes', async () => {
    pin.on('POST /v5/oauth/token', { body: { access_token: 'pina_2', refresh_token: 'pinr_2', expires_in: 2592000 } });
    assert.equal(okValue(await connector.refresh(testHttp(), { app, credentials: held })).refreshToken, 'pinr_2');
    assert.equal(pin.sent('POST /v5/oauth/token')[0]!.form!.get('refresh_token'), 'pinr_old');
    pin.on('POST /v5/oauth/token', { body: { access_token: 'pina_3', expires_in: 2592000 } });
    const kept = okValue(await connector.refresh(testHttp(), { app, credentials: held }));
    assert.deepEqual([kept.accessToken, kept.refreshToken], ['pina_3', 'pinr_old']);
  });

  it('an invalid grant is unauthorized; a 503, a 429 or a timeout is not', async () => {
    pin.on('POST /v5/oauth/token', pinterestError(400, 283, 'The authorization grant is invalid'));
    assert.equal(failureOf(await connector.refresh(testHttp(), { app, credentials: held }), 'unauthorized').reason, 'invalid_grant: The authorization grant is invalid');
    pin.on('POST /v5/oauth/token', { status: 503, body: 'upstream unavailable' });
    assert.equal((await connector.refresh(testHttp(), { app, credentials: held })).kind, 'transient');
    pin.on('POST /v5/oauth/token', pinterestError(429, 8, 'Rate limit exceeded', { 'retry-after': '90' }));
    assert.ok(failureOf(await connector.refresh(testHttp(), { app, credentials: held }), 'rate_limited').retryAt.getTime() > Date.now() + 60_000);
    pin.on('POST /v5/oauth/token', { delayMs: 600, body: {} });
    assert.equal((await connector.refresh(testHttp(200), { app, credentials: held })).kind, 'transient');
  });

  it('says that Pinterest cannot revoke a token', async () => {
    assert.equal(failureOf(await connector.revoke(testHttp(), { app, credentials: held }), 'rejected').code, 'not_supported');
  });
});
