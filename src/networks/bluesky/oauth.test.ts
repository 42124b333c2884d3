import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AtUri } from '@atproto/api';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../../test/e2e/browser.ts';
import { hashToken } from '../../core/accounts/opaque-token.ts';
import { openCredentials, sealCredentials } from '../../core/profiles/credentials.ts';
import { withProfileSession } from '../../core/profiles/profile-session.ts';
import { refreshProfile } from '../../core/profiles/refresh-profile.ts';
import { oauthStates, profiles } from '../../db/schema.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, PASSWORD, signUpOwner, type Owner } from '../../testing/people.ts';
import type { Credentials, NetworkAdapter } from '../adapter.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { storedSessionOf } from './oauth-client.ts';
import { startLocalBluesky, type LocalBluesky } from './testing/local-network.ts';
import { signInAndDecide } from './testing/oauth-sign-in.ts';

/**
 * Connecting Bluesky with atproto OAuth against a real local network: Canopy pushes its request to
 * alice's PDS, alice signs in and consents in a browser, the PDS sends her browser back to Canopy,
 * and Canopy then posts as alice with the DPoP-bound session and refreshes it.
 */
describe('Bluesky OAuth on a local network', () => {
  let net: LocalBluesky;
  let t: TestApp;
  let browser: Browser;
  let owner: Owner;
  let ws: string;
  let bluesky: NetworkAdapter;
  let profileId: string;

  before(async () => {
    net = await startLocalBluesky({ appView: false, accounts: ['alice'] });
    t = await startTestApp({
      NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true',
      NETWORK_ENDPOINTS: JSON.stringify({ bluesky: net.pdsUrl, bluesky_plc: net.plcUrl }),
    });
    browser = await launchBrowser();
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    bluesky = t.app.networks.get('bluesky')!;
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
    await net?.close();
  });

  /** The owner's browser, signed in to Canopy, as a person who then connects a profile. */
  async function ownersBrowser(): Promise<BrowserContext> {
    const login = await fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner.email, password: PASSWORD }),
    });
    assert.equal(login.status, 200);
    const session = /canopy_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
    assert.ok(session, 'signing in sets the session cookie');
    const context = await browser.newContext();
    context.setDefaultTimeout(15_000);
    await context.addCookies([{ name: 'canopy_session', value: session, url: t.url }]);
    return context;
  }

  /** Starts connecting alice from Canopy, and has her sign in and decide on her PDS. Returns where her browser ends up. */
  async function connectAlice(decision: 'authorize' | 'deny'): Promise<URL> {
    const started = await owner.client.get<{ authorizationUrl: string }>(`/api/v1/workspaces/${ws}/profiles/connect/bluesky?handle=alice.test`);
    assert.equal(started.status, 200, JSON.stringify(started.body));
    const authorize = new URL(started.body.authorizationUrl);
    assert.equal(authorize.origin + authorize.pathname, `${net.pdsUrl}/oauth/authorize`);
    assert.match(authorize.searchParams.get('request_uri') ?? '', /^urn:ietf:params:oauth:request_uri:/, 'the request was pushed (PAR)');
    const clientId = new URL(authorize.searchParams.get('client_id')!);
    assert.equal(clientId.origin, 'http://localhost', 'a loopback Canopy is an atproto localhost client');
    assert.equal(clientId.searchParams.get('redirect_uri'), `${t.url}/api/v1/oauth/callback/bluesky`);
    const [waiting] = await t.database.db.select().from(oauthStates).where(eq(oauthStates.workspaceId, ws));
    assert.ok(waiting?.pending, 'what the PAR step must keep waits, sealed, with the state');
    const context = await ownersBrowser();
    try {
      const page = await context.newPage();
      const callback = page.waitForRequest((req) => req.url().startsWith(`${t.url}/api/v1/oauth/callback/bluesky?`));
      await signInAndDecide(page, { authorizationUrl: authorize.href, password: net.accounts.alice!.password, decision });
      const back = new URL((await callback).url());
      assert.equal(hashToken(back.searchParams.get('state') ?? ''), waiting.stateHash, "the PDS sends back Canopy's own state");
      if (decision === 'authorize') assert.equal(back.searchParams.get('iss'), net.pdsUrl, 'the PDS names itself as the issuer');
      await page.waitForURL((url) => url.origin === t.url && !url.pathname.startsWith('/api/'));
      return new URL(page.url());
    } finally {
      await context.close();
    }
  }

  async function storedProfile() {
    const [row] = await t.database.db.select().from(profiles).where(eq(profiles.id, profileId));
    assert.ok(row);
    return { row, credentials: openCredentials(t.app.secrets, row.credentials) };
  }

  let publishCalls = 0;
  async function publishAsAlice(text: string) {
    return withProfileSession(t.app, profileId, (session) => {
      publishCalls++;
      return bluesky.publisher!.publish(session, { text, media: [], marker: `m-${Date.now()}` });
    });
  }

  async function textOnPds(uri: string): Promise<unknown> {
    const at = new AtUri(uri);
    const agent = await net.agentFor('alice');
    const record = await agent.com.atproto.repo.getRecord({ repo: at.host, collection: at.collection, rkey: at.rkey });
    return (record.data.value as { text?: unknown }).text;
  }

  it("connects alice's profile through her PDS's sign-in and consent pages, in place of her app password", async () => {
    const alice = net.accounts.alice!;
    const byPassword = await owner.client.post(`/api/v1/workspaces/${ws}/profiles`, { network: 'bluesky', identifier: alice.handle, appPassword: alice.appPassword });
    assert.equal(byPassword.status, 201, JSON.stringify(byPassword.body));
    const [before] = await t.database.db.select().from(profiles).where(eq(profiles.workspaceId, ws));
    assert.equal(before?.connectedWith, 'credentials');

    const landed = await connectAlice('authorize');
    assert.equal(landed.pathname, `/w/${ws}/settings/profiles`);
    assert.equal(landed.searchParams.get('connected'), 'bluesky');
    const rows = await t.database.db.select().from(profiles).where(eq(profiles.workspaceId, ws));
    assert.deepEqual(rows.map((r) => r.id), [before.id], 'the same profile, reconnected');
    const row = rows[0]!;
    profileId = row.id;
    assert.equal(row.connectedWith, 'oauth2');
    assert.equal(row.status, 'connected');
    assert.equal(row.remoteId, net.accounts.alice!.did);
    assert.equal(row.handle, 'alice.test');
    assert.equal(row.serviceUrl, net.pdsUrl);
    const { credentials } = await storedProfile();
    const session = storedSessionOf(credentials);
    assert.ok(session, 'the OAuth session is kept with the credentials');
    assert.equal(session.session.tokenSet.sub, net.accounts.alice!.did);
    assert.equal(session.session.tokenSet.token_type, 'DPoP');
    assert.ok('d' in session.session.dpopJwk && session.session.dpopJwk.d, 'the DPoP private key is kept, sealed with the credentials');
    assert.equal(credentials.accessToken, session.session.tokenSet.access_token);
    assert.equal(credentials.appPassword, undefined, 'the app password is not kept once OAuth replaced it');
    assert.ok(credentials.refreshToken && credentials.expiresAt && credentials.expiresAt > new Date());
    assert.equal(row.tokenExpiresAt?.getTime(), credentials.expiresAt.getTime());
  });

  it('publishes as alice with the DPoP-bound session, and the post is on her PDS', async () => {
    const published = okValue(await publishAsAlice('Hello from Canopy over OAuth'));
    assert.equal(new AtUri(published.remoteId).host, net.accounts.alice!.did);
    assert.equal(await textOnPds(published.remoteId), 'Hello from Canopy over OAuth');
    // The access token is bound to Canopy's DPoP key: without a proof made with it, it is refused.
    const { credentials } = await storedProfile();
    const getSession = (authorization: string) => fetch(`${net.pdsUrl}/xrpc/com.atproto.server.getSession`, { headers: { authorization } });
    const withoutProof = await getSession(`DPoP ${credentials.accessToken}`);
    assert.equal(withoutProof.status, 401);
    assert.deepEqual(await withoutProof.json(), { error: 'invalid_dpop_proof', message: 'DPoP proof required' });
    const asBearer = await getSession(`Bearer ${credentials.accessToken}`);
    assert.equal(asBearer.status, 400);
    assert.equal(((await asBearer.json()) as { error: string }).error, 'InvalidToken');
  });

  it('refreshes the tokens through refreshProfile', async () => {
    const before = (await storedProfile()).credentials;
    assert.equal(await refreshProfile(t.app, profileId), 'refreshed');
    const after = (await storedProfile()).credentials;
    assert.notEqual(after.accessToken, before.accessToken);
    assert.notEqual(after.refreshToken, before.refreshToken, 'the refresh token rotates');
    assert.equal(storedSessionOf(after)?.session.tokenSet.refresh_token, after.refreshToken);
    // (Replaying the spent refresh token would make the PDS end the whole session, as OAuth asks.)
    const published = okValue(await publishAsAlice('Still posting after a refresh'));
    assert.equal(await textOnPds(published.remoteId), 'Still posting after a refresh');
  });

  it('keeps the session the library refreshed by itself during a publish', async () => {
    const { row, credentials } = await storedProfile();
    const stored = storedSessionOf(credentials)!;
    const expired: Credentials = {
      ...credentials,
      extra: {
        ...credentials.extra,
        oauthSession: JSON.stringify({ ...stored, session: { ...stored.session, tokenSet: { ...stored.session.tokenSet, expires_at: new Date(Date.now() - 60_000).toISOString() } } }),
      },
    };
    await t.database.db.update(profiles).set({ credentials: sealCredentials(t.app.secrets, expired) }).where(eq(profiles.id, row.id));
    publishCalls = 0;
    const published = okValue(await publishAsAlice('Posted right after the token expired'));
    assert.equal(publishCalls, 1, 'refreshed inside the call, not after an unauthorized answer');
    assert.equal(await textOnPds(published.remoteId), 'Posted right after the token expired');
    const saved = await storedProfile();
    assert.notEqual(saved.credentials.refreshToken, credentials.refreshToken, 'the rotated refresh token was stored');
    assert.ok(saved.row.tokenExpiresAt && saved.row.tokenExpiresAt > new Date());
    assert.equal(await refreshProfile(t.app, profileId), 'refreshed', 'and the stored one is the one that works');
  });

  it('revokes the session on the PDS when the profile is removed', async () => {
    const { row, credentials } = await storedProfile();
    assert.equal((await owner.client.delete(`/api/v1/workspaces/${ws}/profiles/${profileId}`)).status, 204);
    failureOf(await bluesky.oauth!.refresh(testHttp(10_000), { app: { clientId: 'unused' }, credentials }), 'unauthorized');
    // A call that finds the revoked session due for a refresh is unauthorized, and stores nothing.
    const stored = storedSessionOf(credentials)!;
    const due = { ...stored, session: { ...stored.session, tokenSet: { ...stored.session.tokenSet, expires_at: new Date(0).toISOString() } } };
    const saved: Credentials[] = [];
    const publish = await bluesky.publisher!.publish(
      {
        account: { remoteId: row.remoteId, handle: row.handle, displayName: row.displayName, serviceUrl: net.pdsUrl },
        credentials: { ...credentials, extra: { ...credentials.extra, oauthSession: JSON.stringify(due) } },
        http: testHttp(10_000),
        saveCredentials: async (c) => {
          saved.push(c);
        },
      },
      { text: 'Never posted', media: [], marker: 'm-revoked' },
    );
    assert.match(failureOf(publish, 'unauthorized').reason, /reconnect Bluesky/);
    assert.deepEqual(saved, []);
  });

  it('refuses to start for a handle that no one has', async () => {
    const res = await owner.client.get<{ detail: string }>(`/api/v1/workspaces/${ws}/profiles/connect/bluesky?handle=nobody.test`);
    assert.equal(res.status, 422);
    assert.match(res.body.detail, /Failed to resolve identity: nobody\.test/);
  });

  it('shows a denied consent as a failed connection, and connects nothing', async () => {
    const landed = await connectAlice('deny');
    assert.equal(landed.pathname, '/settings/connection-failed');
    assert.equal(landed.searchParams.get('network'), 'bluesky');
    assert.ok(landed.searchParams.get('message'));
    assert.equal((await t.database.db.select().from(profiles).where(eq(profiles.workspaceId, ws))).length, 0);
  });
});
