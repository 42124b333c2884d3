import type { Credentials, NetworkAdapter, OAuthConnector, RemoteAccount } from '../../../networks/adapter.ts';
import type { NetworkManifest } from '../../../networks/manifest.ts';
import { ok, type Outcome } from '../../../networks/outcome.ts';

/**
 * A network whose answers a test scripts, to exercise what Canopy does with each outcome
 * (refresh, revocation, rate limits) without depending on any one network's API.
 */
export interface ScriptedNetwork {
  adapter: NetworkAdapter;
  account: RemoteAccount;
  next: {
    exchange?: Outcome<{ credentials: Credentials; account: RemoteAccount }>;
    refresh?: Outcome<Credentials>;
  };
  calls: { authorize: number; exchange: number; refresh: number; revoke: number };
}

let accounts = 0;

/** Each scripted network signs in as a new account, so tests do not share profiles. */
export function scriptedNetwork(id = 'scripted'): ScriptedNetwork {
  const n = ++accounts;
  const account: RemoteAccount = { remoteId: `acct-${n}`, handle: `olive_oil_co_${n}`, displayName: 'Olive Oil Co' };
  const script: ScriptedNetwork = {
    account,
    next: {},
    calls: { authorize: 0, exchange: 0, refresh: 0, revoke: 0 },
    adapter: undefined as unknown as NetworkAdapter,
  };
  const connector: OAuthConnector = {
    kind: 'oauth2',
    authorizationUrl({ app, redirectUri, state, codeChallenge }) {
      script.calls.authorize++;
      const u = new URL('https://scripted.example/oauth/authorize');
      u.search = new URLSearchParams({ client_id: app.clientId, redirect_uri: redirectUri, state, code_challenge: codeChallenge, code_challenge_method: 'S256' }).toString();
      return u.toString();
    },
    async exchangeCode() {
      script.calls.exchange++;
      return script.next.exchange ?? ok({ account, credentials: { accessToken: 'access-1', refreshToken: 'refresh-1', expiresAt: new Date(Date.now() + 3_600_000) } });
    },
    async refresh() {
      script.calls.refresh++;
      return script.next.refresh ?? ok({ accessToken: 'access-2', expiresAt: new Date(Date.now() + 3_600_000) });
    },
    async revoke() {
      script.calls.revoke++;
      return ok(undefined);
    },
  };
  const manifest: NetworkManifest = {
    id,
    name: 'Scripted',
    color: '#445566',
    auth: { kind: 'oauth2', pkce: true, scopes: ['post'] },
    capabilities: { publish: false, inbox: [], metrics: false, search: false },
    text: { maxLength: 500, counting: 'graphemes' },
    media: { maxCount: 0, mixing: false },
    threads: false,
    firstComment: false,
    link: { preview: false, field: false },
  };
  script.adapter = { manifest, connector };
  return script;
}
