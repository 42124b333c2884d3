import {
  buildAtprotoLoopbackClientMetadata,
  NodeOAuthClient,
  requestLocalLock,
  type NodeSavedSession,
  type NodeSavedState,
  type OAuthClientMetadataInput,
  type OAuthLoopbackRedirectURI,
  type OAuthRedirectUri,
} from '@atproto/oauth-client-node';
import type { Credentials } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { budgetedFetch } from './fetch.ts';

/** What Canopy asks for: what an app password allows (posting, reading, the app.bsky views). */
export const OAUTH_SCOPE = 'atproto transition:generic';

/** Where an OAuth session's identity is checked: handles, and did:plc documents. */
export interface IdentityServices {
  /** A service that answers com.atproto.identity.resolveHandle (the default PDS or entryway). */
  handleResolver: string;
  /** https://plc.directory, or a local network's. */
  plcUrl: string;
}

/** The client Canopy is to the authorization server, fixed when the connection started. */
export interface ClientIdentity {
  clientId: string;
  redirectUri: string;
}

/**
 * A profile's OAuth session as Canopy keeps it, in Credentials.extra.oauthSession: the library's
 * saved session (token set, DPoP private key, client auth method), the client it was issued to,
 * and where its identity resolves, so a later call can rebuild the same client without config.
 */
export interface StoredOAuthSession extends ClientIdentity, IdentityServices {
  session: NodeSavedSession;
}

/** What beginAuthorization leaves for exchangeCode (sealed by Canopy with its state). */
export interface PendingAuthorization extends ClientIdentity, IdentityServices {
  iss: string;
  dpopJwk: NodeSavedState['dpopJwk'];
}

export type ClientMetadata = OAuthClientMetadataInput & { client_id: string };

/** A redirect URI as the library types it; clientMetadataFor has checked that it is one. */
export function asRedirectUri(uri: string): OAuthRedirectUri {
  return uri as OAuthRedirectUri;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]']);

/**
 * The client metadata for Canopy at `redirectUri`. On https the client id is the URL of the
 * document Canopy publishes. On a loopback IP (local development) atproto's "localhost client"
 * applies: client_id is http://localhost with the redirect URI and scope in its query, and the
 * server derives the metadata from it, as no server can fetch a document from a loopback address.
 * Returns a reason instead when neither applies.
 */
export function clientMetadataFor(input: ClientIdentity): ClientMetadata | string {
  const redirect = new URL(input.redirectUri);
  if (redirect.protocol === 'http:') {
    if (redirect.hostname === 'localhost') {
      return `Bluesky sends people back only to a loopback IP, not "localhost": open Canopy at http://127.0.0.1:${redirect.port || '80'} and set PUBLIC_URL to that address.`;
    }
    if (!LOOPBACK_HOSTS.has(redirect.hostname)) {
      return 'Bluesky OAuth needs Canopy on https (PUBLIC_URL), or on http://127.0.0.1 for local development.';
    }
    return buildAtprotoLoopbackClientMetadata({ scope: OAUTH_SCOPE, redirect_uris: [input.redirectUri as OAuthLoopbackRedirectURI] });
  }
  const clientId = new URL(input.clientId);
  if (clientId.protocol !== 'https:' || clientId.origin !== redirect.origin) {
    return `Bluesky OAuth needs the client metadata on https at Canopy's own address; got ${clientId.origin}.`;
  }
  return {
    client_id: input.clientId,
    client_name: 'Canopy',
    client_uri: redirect.origin as `https://${string}`,
    redirect_uris: [asRedirectUri(input.redirectUri)],
    scope: OAUTH_SCOPE,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
    application_type: 'web',
    dpop_bound_access_tokens: true,
  };
}

/**
 * Holds the one authorization a call works on. Canopy keeps state itself (sealed in its database),
 * so the library's stores live only for the call: seeded from what Canopy kept, and every session
 * the library writes handed on to `onSaved`.
 */
class CallStore<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly onSaved?: (value: V) => Promise<void>) {}
  seed(key: string, value: V): void {
    this.values.set(key, value);
  }
  get(key: string): V | undefined {
    return this.values.get(key);
  }
  async set(key: string, value: V): Promise<void> {
    this.values.set(key, value);
    await this.onSaved?.(value);
  }
  del(key: string): void {
    // A session the library drops (revoked, refresh refused) stays on the profile until Canopy
    // marks it for reconnecting; nothing is deleted here.
    this.values.delete(key);
  }
}

/** A small cache that forgets entries after a minute. */
class MinuteCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.until > Date.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }
  set(key: string, value: V): void {
    if (this.entries.size >= 1000) this.entries.clear();
    this.entries.set(key, { value, until: Date.now() + 60_000 });
  }
  del(key: string): void {
    this.entries.delete(key);
  }
}

type Options = ConstructorParameters<typeof NodeOAuthClient>[0];
type CachedValue<K extends keyof Options> = NonNullable<Options[K]> extends { get(key: string): infer V } ? Exclude<Awaited<V>, undefined> : never;

// Server metadata and DPoP nonces are public and per server, so calls share them.
const serverMetadataCache = new MinuteCache<CachedValue<'authorizationServerMetadataCache'>>();
const resourceMetadataCache = new MinuteCache<CachedValue<'protectedResourceMetadataCache'>>();
const dpopNonceCache = new MinuteCache<string>();

export interface CallClient {
  client: NodeOAuthClient;
  states: CallStore<NodeSavedState>;
  sessions: CallStore<NodeSavedSession>;
}

/**
 * An atproto OAuth client for one call, reaching the network only through NetworkHttp. Plain
 * http servers are allowed only when Canopy was pointed at a local network (`allowHttp`).
 */
export function callClient(
  http: NetworkHttp,
  input: { metadata: OAuthClientMetadataInput; identity: IdentityServices; allowHttp: boolean; onSessionSaved?: (session: NodeSavedSession) => Promise<void> },
): CallClient {
  const states = new CallStore<NodeSavedState>();
  const sessions = new CallStore<NodeSavedSession>(input.onSessionSaved);
  const client = new NodeOAuthClient({
    clientMetadata: input.metadata,
    responseMode: 'query',
    stateStore: states,
    sessionStore: sessions,
    fetch: budgetedFetch(http),
    handleResolver: input.identity.handleResolver,
    plcDirectoryUrl: input.identity.plcUrl,
    allowHttp: input.allowHttp,
    // One process holds a profile's session at a time within a call; across processes, a
    // refresh that lost the race comes back as unauthorized and is retried from the stored one.
    requestLock: requestLocalLock,
    authorizationServerMetadataCache: serverMetadataCache,
    protectedResourceMetadataCache: resourceMetadataCache,
    dpopNonceCache,
  });
  return { client, states, sessions };
}

/** The credentials Canopy keeps for an OAuth session: the session itself, and its tokens for people to see when they expire. */
export function credentialsOfSession(stored: StoredOAuthSession): Credentials {
  const { tokenSet } = stored.session;
  return {
    accessToken: tokenSet.access_token,
    ...(tokenSet.refresh_token ? { refreshToken: tokenSet.refresh_token } : {}),
    ...(tokenSet.expires_at ? { expiresAt: new Date(tokenSet.expires_at) } : {}),
    extra: { did: tokenSet.sub, oauthSession: JSON.stringify(stored) },
  };
}

/** The OAuth session a profile's credentials carry, or null for an app-password profile. */
export function storedSessionOf(credentials: Credentials): StoredOAuthSession | null {
  const raw = credentials.extra?.oauthSession;
  if (!raw) return null;
  const parsed = JSON.parse(raw) as Partial<StoredOAuthSession>;
  if (!parsed.session?.tokenSet || !parsed.session.dpopJwk || !parsed.clientId || !parsed.redirectUri || !parsed.plcUrl || !parsed.handleResolver) {
    throw new Error('A Bluesky OAuth session in the credentials is incomplete');
  }
  return parsed as StoredOAuthSession;
}

/** A client for a stored session, which saves the session again whenever the library rotates it. */
export function sessionClient(http: NetworkHttp, stored: StoredOAuthSession, onSaved: (stored: StoredOAuthSession) => Promise<void>): CallClient {
  const metadata = clientMetadataFor(stored);
  if (typeof metadata === 'string') throw new Error(`A stored Bluesky OAuth session has an unusable client: ${metadata}`);
  const call = callClient(http, {
    metadata,
    identity: stored,
    allowHttp: new URL(stored.session.tokenSet.iss).protocol === 'http:',
    onSessionSaved: (session) => onSaved({ ...stored, session }),
  });
  call.sessions.seed(stored.session.tokenSet.sub, stored.session);
  return call;
}
