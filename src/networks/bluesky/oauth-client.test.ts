import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import { Agent } from '@atproto/api';
import { OAuthResolverError, OAuthResponseError, TokenRefreshError } from '@atproto/oauth-client-node';
import { startTestApp } from '../../testing/app.ts';
import { freePort } from '../../testing/free-port.ts';
import { signUpOwner } from '../../testing/people.ts';
import type { OAuthConnector } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { attempt } from './errors.ts';
import { clientMetadataFor, OAUTH_SCOPE, type PendingAuthorization } from './oauth-client.ts';
import { responseForSessionError } from './oauth-errors.ts';
import { createBlueskyAdapter } from './index.ts';

const CALLBACK = 'api/v1/oauth/callback/bluesky';

describe('Bluesky OAuth client metadata', () => {
  it('is a localhost client when Canopy runs on a loopback IP: the server reads it from the client id', () => {
    const redirectUri = `http://127.0.0.1:3000/${CALLBACK}`;
    const metadata = clientMetadataFor({ clientId: 'http://127.0.0.1:3000/api/v1/oauth/client-metadata/bluesky', redirectUri });
    assert.ok(typeof metadata !== 'string');
    const clientId = new URL(metadata.client_id);
    assert.equal(clientId.origin + clientId.pathname, 'http://localhost/');
    assert.deepEqual(clientId.searchParams.getAll('redirect_uri'), [redirectUri]);
    assert.equal(clientId.searchParams.get('scope'), OAUTH_SCOPE);
    assert.deepEqual(metadata.redirect_uris, [redirectUri]);
    assert.equal(metadata.token_endpoint_auth_method, 'none');
    assert.equal(metadata.application_type, 'native');
    assert.equal(metadata.dpop_bound_access_tokens, true);
  });

  it('names the URL it is served at as its client id on https', () => {
    const metadata = clientMetadataFor({ clientId: 'https://canopy.example/api/v1/oauth/client-metadata/bluesky', redirectUri: `https://canopy.example/${CALLBACK}` });
    assert.deepEqual(metadata, {
      client_id: 'https://canopy.example/api/v1/oauth/client-metadata/bluesky',
      client_name: 'Canopy',
      client_uri: 'https://canopy.example',
      redirect_uris: [`https://canopy.example/${CALLBACK}`],
      scope: OAUTH_SCOPE,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      dpop_bound_access_tokens: true,
    });
  });

  it('says what to change when Canopy is on localhost or on plain http elsewhere', () => {
    assert.match(String(clientMetadataFor({ clientId: 'http://localhost:3000/x', redirectUri: `http://localhost:3000/${CALLBACK}` })), /open Canopy at http:\/\/127\.0\.0\.1:3000/);
    assert.match(String(clientMetadataFor({ clientId: 'http://canopy.lan/x', redirectUri: `http://canopy.lan/${CALLBACK}` })), /needs Canopy on https/);
  });

  it('is served publicly by Canopy, and Bluesky is listed as connecting both ways without app credentials', async () => {
    const port = await freePort();
    const t = await startTestApp({ PORT: String(port), PUBLIC_URL: 'https://canopy.example' });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/oauth/client-metadata/bluesky`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const document = (await res.json()) as Record<string, unknown>;
      assert.equal(document.client_id, 'https://canopy.example/api/v1/oauth/client-metadata/bluesky');
      assert.deepEqual(document.redirect_uris, [`https://canopy.example/${CALLBACK}`]);
    } finally {
      await t.stop();
    }
    const local = await startTestApp();
    try {
      const owner = await signUpOwner(local.url);
      const networks = await owner.client.get<{ items: Array<{ id: string; connectVia: string[]; needsAppCredentials: boolean }> }>('/api/v1/networks');
      const bluesky = networks.body.items.find((n) => n.id === 'bluesky');
      assert.deepEqual(bluesky && { connectVia: bluesky.connectVia, needsAppCredentials: bluesky.needsAppCredentials }, {
        connectVia: ['credentials', 'oauth2'],
        needsAppCredentials: false,
      });
    } finally {
      await local.stop();
    }
  });
});

describe('Bluesky OAuth pushed authorization request', () => {
  let server: FakeNetwork;
  let oauth: OAuthConnector;
  let par: { status?: number; body: unknown };
  const state = 'canopy-state-value';
  const verifier = 'canopy-verifier-'.padEnd(64, 'v');
  const challenge = createHash('sha256').update(verifier).digest('base64url');

  before(async () => {
    server = new FakeNetwork();
    server
      .on('GET /.well-known/oauth-protected-resource', () => ({ body: { resource: server.url, authorization_servers: [server.url] } }))
      .on('GET /.well-known/oauth-authorization-server', () => ({ body: authorizationServer(server.url) }))
      .on('POST /oauth/par', () => par);
    await server.start();
    oauth = createBlueskyAdapter({ bluesky: server.url, bluesky_plc: 'http://127.0.0.1:9' }).oauth!;
  });
  after(() => server.stop());
  afterEach(() => {
    server.requests.length = 0;
  });

  const begin = (redirectUri = `http://127.0.0.1:3000/${CALLBACK}`) =>
    oauth.beginAuthorization!(testHttp(5_000), { app: { clientId: 'http://127.0.0.1:3000/x' }, redirectUri, state, codeChallenge: challenge, serviceUrl: server.url });

  it("pushes Canopy's own state and PKCE challenge, with a DPoP proof, and keeps the DPoP key for the callback", async () => {
    par = { status: 201, body: { request_uri: 'urn:ietf:params:oauth:request_uri:req-1', expires_in: 299 } };
    const begun = okValue(await begin());
    const [pushed] = server.sent('POST /oauth/par');
    assert.ok(pushed?.form);
    assert.equal(pushed.form.get('state'), state);
    assert.equal(pushed.form.get('code_challenge'), challenge);
    assert.equal(pushed.form.get('code_challenge_method'), 'S256');
    assert.equal(pushed.form.get('redirect_uri'), `http://127.0.0.1:3000/${CALLBACK}`);
    assert.equal(pushed.form.get('response_type'), 'code');
    assert.equal(pushed.form.get('scope'), OAUTH_SCOPE);
    assert.equal(pushed.form.get('login_hint'), null, 'no handle was given');
    const clientId = pushed.form.get('client_id');
    assert.match(clientId ?? '', /^http:\/\/localhost\?/);
    const proof = JSON.parse(Buffer.from(String(pushed.headers.dpop).split('.')[0]!, 'base64url').toString('utf8')) as { typ: string; jwk: { d?: string } };
    assert.equal(proof.typ, 'dpop+jwt');
    assert.equal(proof.jwk.d, undefined, 'only the public key travels');

    const url = new URL(begun.url);
    assert.equal(url.origin + url.pathname, `${server.url}/oauth/authorize`);
    assert.deepEqual([...url.searchParams.keys()].sort(), ['client_id', 'request_uri']);
    assert.equal(url.searchParams.get('client_id'), clientId);
    assert.equal(url.searchParams.get('request_uri'), 'urn:ietf:params:oauth:request_uri:req-1');
    const pending = JSON.parse(begun.pending!) as PendingAuthorization & { verifier?: string };
    assert.equal(pending.iss, server.url);
    assert.equal(pending.clientId, clientId);
    assert.ok('d' in pending.dpopJwk && pending.dpopJwk.d, 'the private DPoP key waits, sealed, for the callback');
    assert.equal(pending.verifier, undefined, 'the verifier stays with Canopy');
  });

  it('says what the server refused, and waits out a server error', async () => {
    par = { status: 400, body: { error: 'invalid_request', error_description: 'Invalid redirect_uri' } };
    const refused = failureOf(await begin(), 'rejected');
    assert.equal(refused.reason, 'invalid_request: Invalid redirect_uri');
    par = { status: 503, body: { error: 'temporarily_unavailable' } };
    failureOf(await begin(), 'transient');
  });

  it("checks the issuer the callback names against the server the request went to, before redeeming the code", async () => {
    par = { status: 201, body: { request_uri: 'urn:ietf:params:oauth:request_uri:req-2', expires_in: 299 } };
    const { pending } = okValue(await begin());
    const exchange = (params: Record<string, string>) =>
      oauth.exchangeCode(testHttp(5_000), { app: { clientId: 'unused' }, code: 'cod-1', codeVerifier: verifier, redirectUri: `http://127.0.0.1:3000/${CALLBACK}`, pending, callbackParams: { state, code: 'cod-1', ...params } });
    assert.match(failureOf(await exchange({ iss: 'https://elsewhere.example' }), 'rejected').reason, /Issuer mismatch/);
    assert.match(failureOf(await exchange({}), 'rejected').reason, /iss missing/);
    assert.equal(server.sent('POST /oauth/token').length, 0, 'the code was never sent anywhere');
  });

  it('refuses a localhost redirect before calling anyone', async () => {
    const refused = failureOf(await begin(`http://localhost:3000/${CALLBACK}`), 'rejected');
    assert.match(refused.reason, /loopback IP/);
    assert.equal(server.requests.length, 0);
  });
});

describe('Bluesky OAuth session failures as XRPC answers', () => {
  /** What a write comes to when the OAuth session could not be made ready for it. */
  async function writeWhen(err: unknown) {
    const agent = new Agent({ did: 'did:plc:alice', fetchHandler: async () => responseForSessionError(err) });
    return attempt(true, () => agent.com.atproto.repo.createRecord({ repo: 'did:plc:alice', collection: 'app.bsky.feed.post', record: { text: 'x' } }));
  }

  it('an ended session is unauthorized, a spent budget waits, a failed refresh is transient: nothing was sent', async () => {
    failureOf(await writeWhen(new TokenRefreshError('did:plc:alice', 'The session was revoked')), 'unauthorized');
    const limited = new OAuthResponseError(new Response('{}', { status: 429, headers: { 'retry-after': '120' } }), { error: 'rate_limited' });
    const waited = failureOf(await writeWhen(limited), 'rate_limited');
    assert.ok(waited.retryAt.getTime() > Date.now() + 100_000);
    const timeout = Object.assign(new TypeError('timed out'), { canopyFailure: { kind: 'timeout', reason: 'timed out' } });
    failureOf(await writeWhen(new OAuthResolverError('Failed to resolve OAuth server metadata', { cause: timeout })), 'transient');
  });

  it('rethrows what is not about the network: a bug stays a bug', async () => {
    assert.throws(() => responseForSessionError(new RangeError('bug')), RangeError);
  });
});

function authorizationServer(issuer: string): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth/authorize`,
    token_endpoint: `${issuer}/oauth/token`,
    pushed_authorization_request_endpoint: `${issuer}/oauth/par`,
    require_pushed_authorization_requests: true,
    token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['ES256'],
    dpop_signing_alg_values_supported: ['ES256'],
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['atproto', 'transition:generic'],
    authorization_response_iss_parameter_supported: true,
    client_id_metadata_document_supported: true,
    protected_resources: [issuer],
  };
}
