import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerGoogleTokens, googleConnectorUnderTest, googleTestApp, itRefreshesAndRevokesLikeGoogle } from '../google/oauth-contract.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { testHttp } from '../testing/session.ts';
import { createGoogleBusinessAdapter } from './index.ts';

describe('Google Business Profile connector', () => {
  const under = googleConnectorUnderTest('google_business', () => new FakeNetwork(), createGoogleBusinessAdapter);
  const { connector } = under;
  const exchange = () => connector().exchangeCode(testHttp(), { app: googleTestApp, code: '4/code', codeVerifier: 'verifier-xyz', redirectUri: 'https://canopy.example/oauth/google_business' });

  it('sends people to Google with PKCE, offline access and the business.manage scope', () => {
    const url = new URL(connector().authorizationUrl({ app: googleTestApp, redirectUri: 'https://canopy.example/cb', state: 'st-2', codeChallenge: 'chal' }));
    assert.equal(url.searchParams.get('scope'), 'https://www.googleapis.com/auth/business.manage');
    assert.equal(url.searchParams.get('code_challenge'), 'chal');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('access_type'), 'offline');
    assert.equal(under.adapter().manifest.auth.pkce, true);
  });

  it('exchanges the code and lists every location of every account as a profile to choose', async () => {
    answerGoogleTokens(under.oauth());
    under.api().on('GET /v1/accounts', { body: { accounts: [{ name: 'accounts/111', accountName: 'Ταβέρνα Ο Νίκος', type: 'PERSONAL' }, { name: 'accounts/222', accountName: 'Кафана', type: 'LOCATION_GROUP' }] } });
    under.api().on('GET /v1/accounts/111/locations', (req) =>
      req.query.get('pageToken')
        ? { body: { locations: [{ name: 'locations/2', title: 'Ο Νίκος — Θεσσαλονίκη' }] } }
        : { body: { locations: [{ name: 'locations/1', title: 'Ο Νίκος — Αθήνα' }], nextPageToken: 'next' } },
    );
    under.api().on('GET /v1/accounts/222/locations', { body: { locations: [{ name: 'locations/3', title: 'Кафана Београд 🍽️' }] } });
    const out = await exchange();
    assert.ok(out.kind === 'ok', JSON.stringify(out));
    assert.deepEqual(out.value.account, {
      remoteId: 'accounts/111',
      handle: 'Ταβέρνα Ο Νίκος',
      displayName: 'Ταβέρνα Ο Νίκος',
      subAccounts: [
        { remoteId: 'accounts/111/locations/1', name: 'Ο Νίκος — Αθήνα', kind: 'location' },
        { remoteId: 'accounts/111/locations/2', name: 'Ο Νίκος — Θεσσαλονίκη', kind: 'location' },
        { remoteId: 'accounts/222/locations/3', name: 'Кафана Београд 🍽️', kind: 'location' },
      ],
    });
    assert.equal(out.value.credentials.refreshToken, '1//first-refresh');
    const listed = under.api().sent('GET /v1/accounts/111/locations');
    assert.equal(listed[0]!.headers.authorization, 'Bearer ya29.first');
    assert.equal(listed[0]!.query.get('readMask'), 'name,title');
    assert.equal(listed[1]!.query.get('pageToken'), 'next');
    assert.equal(under.oauth().sent('POST /token').at(-1)!.form?.get('code_verifier'), 'verifier-xyz');
  });

  it('refuses a Google account that manages no business', async () => {
    answerGoogleTokens(under.oauth());
    under.api().on('GET /v1/accounts', { body: {} });
    const out = await exchange();
    assert.ok(out.kind === 'rejected' && out.code === 'no_business_account');
  });

  it('a project without access to the API is told so', async () => {
    answerGoogleTokens(under.oauth());
    under.api().on('GET /v1/accounts', {
      status: 403,
      body: { error: { code: 403, status: 'PERMISSION_DENIED', message: 'My Business Account Management API has not been used in project 42 before or it is disabled.' } },
    });
    const out = await exchange();
    assert.ok(out.kind === 'rejected' && /has not been used in project/.test(out.reason));
  });

  itRefreshesAndRevokesLikeGoogle(() => ({ connector: connector(), oauth: under.oauth() }));
});
