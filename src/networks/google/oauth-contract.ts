import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { NetworkAdapter, OAuthConnector } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { testHttp } from '../testing/session.ts';

/**
 * A Google network's connector under test, inside the caller's describe: its API on one local
 * server, Google's token endpoint on another, both started before and stopped after the suite.
 */
export function googleConnectorUnderTest<Api extends FakeNetwork>(
  network: string,
  makeApi: () => Api,
  makeAdapter: (endpoints: NetworkEndpoints) => NetworkAdapter,
): { api(): Api; oauth(): FakeNetwork; adapter(): NetworkAdapter; connector(): OAuthConnector } {
  let api: Api;
  let oauth: FakeNetwork;
  let adapter: NetworkAdapter;
  before(async () => {
    api = await makeApi().start();
    oauth = await new FakeNetwork().start();
    adapter = makeAdapter({ [network]: api.url, google_oauth: oauth.url });
  });
  after(async () => {
    await api.stop();
    await oauth.stop();
  });
  return {
    api: () => api,
    oauth: () => oauth,
    adapter: () => adapter,
    connector: () => {
      assert.ok(adapter.connector?.kind === 'oauth2');
      return adapter.connector;
    },
  };
}

/** Google's token endpoint as documented: a form POST answered with JSON. */
export function answerGoogleTokens(oauth: FakeNetwork): void {
  oauth.on('POST /token', (req) =>
    req.form?.get('grant_type') === 'authorization_code'
      ? { body: { access_token: 'ya29.first', expires_in: 3599, refresh_token: '1//first-refresh', scope: 'granted', token_type: 'Bearer' } }
      : { body: { access_token: 'ya29.renewed', expires_in: 3599, scope: 'granted', token_type: 'Bearer' } },
  );
}

const app = { clientId: 'client-123.apps.googleusercontent.com', clientSecret: 'secret-456' };

/**
 * The tests every Google connector must pass, registered inside the caller's describe: refresh
 * keeps the refresh token Google does not resend, a revocation is unauthorized, and a passing
 * failure never is.
 */
export function itRefreshesAndRevokesLikeGoogle(get: () => { connector: OAuthConnector; oauth: FakeNetwork }): void {
  const held = { accessToken: 'ya29.old', refreshToken: '1//kept-refresh', expiresAt: new Date(0) };

  it('refresh keeps the old refresh token when Google sends none', async () => {
    const { connector, oauth } = get();
    answerGoogleTokens(oauth);
    const out = await connector.refresh(testHttp(), { app, credentials: held });
    assert.equal(out.kind, 'ok');
    assert.ok(out.kind === 'ok');
    assert.equal(out.value.accessToken, 'ya29.renewed');
    assert.equal(out.value.refreshToken, '1//kept-refresh');
    assert.ok(out.value.expiresAt && out.value.expiresAt.getTime() > Date.now());
    const sent = oauth.sent('POST /token').at(-1)!;
    assert.equal(sent.form?.get('grant_type'), 'refresh_token');
    assert.equal(sent.form?.get('refresh_token'), '1//kept-refresh');
    assert.equal(sent.form?.get('client_id'), app.clientId);
    assert.equal(sent.form?.get('client_secret'), app.clientSecret);
  });

  it('refresh takes a new refresh token when Google sends one', async () => {
    const { connector, oauth } = get();
    oauth.on('POST /token', { body: { access_token: 'ya29.rotated', expires_in: 3599, refresh_token: '1//rotated' } });
    const out = await connector.refresh(testHttp(), { app, credentials: held });
    assert.ok(out.kind === 'ok');
    assert.equal(out.value.refreshToken, '1//rotated');
  });

  it('invalid_grant on refresh is a revocation: unauthorized', async () => {
    const { connector, oauth } = get();
    oauth.on('POST /token', { status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } });
    const out = await connector.refresh(testHttp(), { app, credentials: held });
    assert.equal(out.kind, 'unauthorized');
    assert.ok(out.kind === 'unauthorized' && out.reason.startsWith('invalid_grant: '), JSON.stringify(out));
    assert.ok(!JSON.stringify(out).includes('1//kept-refresh'), 'the reason never carries the token');
  });

  it('a 503, a 429 or a timeout during refresh never costs the connection', async () => {
    const { connector, oauth } = get();
    oauth.on('POST /token', { status: 503, body: { error: 'backend_error' } });
    assert.equal((await connector.refresh(testHttp(), { app, credentials: held })).kind, 'transient');
    oauth.on('POST /token', { status: 429, headers: { 'retry-after': '30' }, body: { error: 'rate_limit_exceeded' } });
    const limited = await connector.refresh(testHttp(), { app, credentials: held });
    assert.ok(limited.kind === 'rate_limited' && limited.retryAt.getTime() > Date.now() + 20_000);
    oauth.on('POST /token', { delayMs: 600, body: { access_token: 'late' } });
    assert.equal((await connector.refresh(testHttp(200), { app, credentials: held })).kind, 'transient');
  });

  it('a wrong client secret is the app configuration, not a revoked profile', async () => {
    const { connector, oauth } = get();
    oauth.on('POST /token', { status: 401, body: { error: 'invalid_client', error_description: 'The OAuth client was not found.' } });
    const out = await connector.refresh(testHttp(), { app, credentials: held });
    assert.ok(out.kind === 'rejected' && out.code === 'invalid_client', JSON.stringify(out));
  });

  it('revoke sends the refresh token, and a token already gone is fine', async () => {
    const { connector, oauth } = get();
    oauth.on('POST /revoke', { status: 200, body: {} });
    assert.equal((await connector.revoke(testHttp(), { app, credentials: held })).kind, 'ok');
    assert.equal(oauth.sent('POST /revoke').at(-1)!.form?.get('token'), '1//kept-refresh');
    oauth.on('POST /revoke', { status: 400, body: { error: 'invalid_token', error_description: 'Token expired or revoked' } });
    assert.equal((await connector.revoke(testHttp(), { app, credentials: held })).kind, 'ok');
  });
}

export const googleTestApp = app;
