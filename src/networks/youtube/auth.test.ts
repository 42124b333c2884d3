import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerGoogleTokens, googleConnectorUnderTest, googleTestApp, itRefreshesAndRevokesLikeGoogle } from '../google/oauth-contract.ts';
import { testHttp } from '../testing/session.ts';
import { CHANNEL_ID, FakeYouTube, youtubeError } from './fake-youtube.ts';
import { createYouTubeAdapter } from './index.ts';

describe('YouTube connector', () => {
  const under = googleConnectorUnderTest('youtube', () => new FakeYouTube(), createYouTubeAdapter);
  const { connector } = under;

  it('sends people to Google with PKCE, offline access and the YouTube scopes', () => {
    const url = new URL(connector().authorizationUrl({ app: googleTestApp, redirectUri: 'https://canopy.example/oauth/youtube', state: 'st-1', codeChallenge: 'challenge-abc' }));
    assert.equal(url.origin + url.pathname, 'https://accounts.google.com/o/oauth2/v2/auth');
    const q = url.searchParams;
    assert.equal(q.get('code_challenge'), 'challenge-abc');
    assert.equal(q.get('code_challenge_method'), 'S256');
    assert.equal(q.get('access_type'), 'offline');
    assert.equal(q.get('prompt'), 'consent');
    assert.equal(q.get('response_type'), 'code');
    assert.equal(q.get('state'), 'st-1');
    assert.equal(q.get('client_id'), googleTestApp.clientId);
    assert.deepEqual(q.get('scope')?.split(' '), ['https://www.googleapis.com/auth/youtube.upload', 'https://www.googleapis.com/auth/youtube.force-ssl']);
    assert.deepEqual(under.adapter().manifest.auth.scopes, q.get('scope')?.split(' '));
  });

  it('exchanges the code with the verifier and reads the channel as the account', async () => {
    answerGoogleTokens(under.oauth());
    const out = await connector().exchangeCode(testHttp(), { app: googleTestApp, code: '4/code', codeVerifier: 'verifier-xyz', redirectUri: 'https://canopy.example/oauth/youtube' });
    assert.ok(out.kind === 'ok', JSON.stringify(out));
    assert.deepEqual(out.value.account, {
      remoteId: CHANNEL_ID,
      handle: '@canopy',
      displayName: 'Κανόπι · Канопи · แคโนพี 🌳',
      avatarUrl: 'https://yt3.example/avatar.jpg',
    });
    assert.equal(out.value.credentials.accessToken, 'ya29.first');
    assert.equal(out.value.credentials.refreshToken, '1//first-refresh');
    const form = under.oauth().sent('POST /token').at(-1)!.form!;
    assert.equal(form.get('grant_type'), 'authorization_code');
    assert.equal(form.get('code'), '4/code');
    assert.equal(form.get('code_verifier'), 'verifier-xyz');
    assert.equal(form.get('redirect_uri'), 'https://canopy.example/oauth/youtube');
    const channelCall = under.api().sent('GET /youtube/v3/channels').at(-1)!;
    assert.equal(channelCall.headers.authorization, 'Bearer ya29.first');
    assert.equal(channelCall.query.get('mine'), 'true');
  });

  it('refuses an account without a channel, and says what to do', async () => {
    answerGoogleTokens(under.oauth());
    under.api().on('GET /youtube/v3/channels', { body: { kind: 'youtube#channelListResponse', items: [] } });
    const out = await connector().exchangeCode(testHttp(), { app: googleTestApp, code: '4/code', codeVerifier: 'v', redirectUri: 'https://canopy.example/cb' });
    assert.ok(out.kind === 'rejected' && /no YouTube channel/.test(out.reason));
    under.api().on('GET /youtube/v3/channels', youtubeError(401, 'authError', 'Invalid Credentials'));
    const expired = await connector().exchangeCode(testHttp(), { app: googleTestApp, code: '4/code', codeVerifier: 'v', redirectUri: 'https://canopy.example/cb' });
    assert.equal(expired.kind, 'unauthorized');
  });

  it('an expired or reused code is invalid_grant: unauthorized', async () => {
    under.oauth().on('POST /token', { status: 400, body: { error: 'invalid_grant', error_description: 'Bad Request' } });
    const out = await connector().exchangeCode(testHttp(), { app: googleTestApp, code: 'old', codeVerifier: 'v', redirectUri: 'https://canopy.example/cb' });
    assert.ok(out.kind === 'unauthorized' && out.reason === 'invalid_grant: Bad Request');
  });

  itRefreshesAndRevokesLikeGoogle(() => ({ connector: connector(), oauth: under.oauth() }));
});
