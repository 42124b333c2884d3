import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OAuthConnector } from '../adapter.ts';
import type { RecordedRequest } from '../testing/fake-network.ts';
import { testHttp } from '../testing/session.ts';
import type { ManagedPage } from './facebook-login.ts';
import { carriedToken, fakeNetworkFor, graphError } from './graph-fixtures.ts';

/**
 * The contract every network signed in with Facebook Login keeps (Facebook, Instagram, Messenger):
 * the dialog URL and scopes, the code → long-lived token → sub-accounts exchange, renewal by
 * exchange, and how revocations and outages read. Each network's auth test runs it with its own
 * scopes and the sub-accounts it makes of the person's Pages.
 */
export interface FacebookLoginContract {
  network: string;
  connector(baseUrl: string): OAuthConnector;
  scopes: string[];
  /** Two lists of Pages as /me/accounts answers them, for the two pages of results. */
  pages: [ManagedPage[], ManagedPage[]];
  subAccounts: Array<{ remoteId: string; name: string; kind: string }>;
  extra: Record<string, string>;
}

const app = { clientId: 'app-123', clientSecret: 'test-secret' };
const SIXTY_DAYS = 5_183_944;

/** Meta's token endpoint: a code gives a short-lived token, fb_exchange_token a long-lived one. */
function tokenEndpoint(req: RecordedRequest) {
  if (req.query.get('code')) return { body: { access_token: 'short-token', token_type: 'bearer', expires_in: 3600 } };
  const from = req.query.get('fb_exchange_token');
  return { body: { access_token: from === 'long-1' ? 'long-2' : 'long-1', token_type: 'bearer', expires_in: SIXTY_DAYS } };
}

export function describeFacebookLogin(contract: FacebookLoginContract): void {
  describe(`${contract.network} connector (Facebook Login)`, () => {
    const { fake, subject: connector } = fakeNetworkFor((url) => contract.connector(url));

    it('sends people to the Facebook Login dialog with the network\'s scopes and no PKCE', () => {
      const url = new URL(connector.authorizationUrl({ app, redirectUri: 'https://canopy.example/cb', state: 'st-1', codeChallenge: 'ignored' }));
      assert.equal(url.origin + url.pathname, 'https://www.facebook.com/v24.0/dialog/oauth');
      assert.equal(url.searchParams.get('client_id'), 'app-123');
      assert.equal(url.searchParams.get('redirect_uri'), 'https://canopy.example/cb');
      assert.equal(url.searchParams.get('state'), 'st-1');
      assert.equal(url.searchParams.get('response_type'), 'code');
      assert.deepEqual(url.searchParams.get('scope')?.split(','), contract.scopes);
      assert.equal(url.searchParams.get('code_challenge'), null);
    });

    it('exchanges the code for a long-lived token and reads the person and the sub-accounts with their Page tokens', async () => {
      fake.on('GET /v24.0/oauth/access_token', tokenEndpoint);
      fake.on('GET /v24.0/me', { body: { id: 'u-1', name: 'Ελένη Παπαδοπούλου', picture: { data: { url: 'https://cdn.example/u.jpg' } } } });
      fake.on('GET /v24.0/me/accounts', (req) =>
        req.query.get('after') === 'c1'
          ? { body: { data: contract.pages[1], paging: { cursors: { after: 'c2' } } } }
          : { body: { data: contract.pages[0], paging: { cursors: { after: 'c1' }, next: `${fake.url}/next` } } },
      );
      const res = await connector.exchangeCode(testHttp(), { app, code: 'the-code', codeVerifier: 'unused', redirectUri: 'https://canopy.example/cb' });
      assert.equal(res.kind, 'ok');
      if (res.kind !== 'ok') return;
      const { credentials, account } = res.value;
      assert.equal(credentials.accessToken, 'long-1');
      assert.equal(credentials.refreshToken, undefined, 'Meta issues no refresh token');
      assert.ok(credentials.expiresAt && Math.abs(credentials.expiresAt.getTime() - Date.now() - SIXTY_DAYS * 1000) < 60_000);
      assert.deepEqual(credentials.extra, contract.extra);
      assert.deepEqual(account, {
        remoteId: 'u-1',
        handle: 'Ελένη Παπαδοπούλου',
        displayName: 'Ελένη Παπαδοπούλου',
        avatarUrl: 'https://cdn.example/u.jpg',
        subAccounts: contract.subAccounts,
      });
      const [codeCall, exchangeCall] = fake.sent('GET /v24.0/oauth/access_token').slice(-2);
      assert.equal(codeCall?.query.get('code'), 'the-code');
      assert.equal(codeCall?.query.get('client_secret'), 'test-secret');
      assert.equal(codeCall?.query.get('redirect_uri'), 'https://canopy.example/cb');
      assert.equal(exchangeCall?.query.get('grant_type'), 'fb_exchange_token');
      assert.equal(exchangeCall?.query.get('fb_exchange_token'), 'short-token');
      assert.ok(carriedToken(fake.sent('GET /v24.0/me/accounts').at(-1), 'long-1'));
    });

    it('refuses a code that was already used', async () => {
      fake.on('GET /v24.0/oauth/access_token', graphError(100, 'This authorization code has been used.', { subcode: 36009 }));
      const res = await connector.exchangeCode(testHttp(), { app, code: 'used', codeVerifier: '', redirectUri: 'https://canopy.example/cb' });
      assert.equal(res.kind, 'rejected');
    });

    it('renews by exchanging the long-lived token, keeping what Meta does not send again', async () => {
      fake.on('GET /v24.0/oauth/access_token', tokenEndpoint);
      fake.on('GET /v24.0/me/accounts', { body: { data: contract.pages[0] } });
      const res = await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-1', refreshToken: 'kept', extra: { 'token:p-9': 'page-token-9' } } });
      assert.equal(res.kind, 'ok');
      if (res.kind !== 'ok') return;
      assert.equal(res.value.accessToken, 'long-2');
      assert.equal(res.value.refreshToken, 'kept');
      const [firstKey, firstToken] = Object.entries(contract.extra)[0] ?? [];
      assert.equal(res.value.extra?.['token:p-9'], 'page-token-9', 'tokens Meta did not list again are kept');
      assert.equal(firstKey && res.value.extra?.[firstKey], firstToken);
      assert.equal(fake.sent('GET /v24.0/oauth/access_token').at(-1)?.query.get('fb_exchange_token'), 'long-1');
    });

    it('says unauthorized with invalid_grant when the person revoked the app (190)', async () => {
      fake.on('GET /v24.0/oauth/access_token', graphError(190, 'Error validating access token: The user has not authorized application 123.', { subcode: 458 }));
      const res = await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-1' } });
      assert.equal(res.kind, 'unauthorized');
      assert.ok(res.kind === 'unauthorized' && res.reason.startsWith('invalid_grant: '));
    });

    it('treats a 503 or throttling during renewal as passing, never as a revocation', async () => {
      fake.on('GET /v24.0/oauth/access_token', { status: 503, body: 'Service Unavailable' });
      assert.equal((await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-1' } })).kind, 'transient');
      fake.on('GET /v24.0/oauth/access_token', graphError(2, 'Service temporarily unavailable', { status: 500, transient: true }));
      assert.equal((await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-1' } })).kind, 'transient');
      fake.on('GET /v24.0/oauth/access_token', graphError(4, 'Application request limit reached'));
      assert.equal((await connector.refresh(testHttp(), { app, credentials: { accessToken: 'long-1' } })).kind, 'rate_limited');
    });

    it('revokes by removing the app\'s permissions', async () => {
      fake.on('DELETE /v24.0/me/permissions', { body: { success: true } });
      const res = await connector.revoke(testHttp(), { app, credentials: { accessToken: 'long-1' } });
      assert.deepEqual(res, { kind: 'ok', value: undefined });
      assert.ok(carriedToken(fake.sent('DELETE /v24.0/me/permissions').at(-1), 'long-1'));
    });
  });
}
