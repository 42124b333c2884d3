import type { NetworkManifest } from './manifest.ts';
import type { Outcome } from './outcome.ts';
import type { NetworkHttp } from './http.ts';

/** Secrets a profile holds; sealed at rest, opened only to call the network. */
export interface Credentials {
  accessToken?: string;
  refreshToken?: string;
  /** When the access token stops working. */
  expiresAt?: Date;
  /** App-password networks (Bluesky). */
  identifier?: string;
  appPassword?: string;
  /** Anything else the network needs to keep, e.g. a session DID or a page token. */
  extra?: Record<string, string>;
}

/** The account behind a profile, as the network names it. */
export interface RemoteAccount {
  remoteId: string;
  handle: string;
  displayName: string;
  avatarUrl?: string;
  /** For networks hosted anywhere (Bluesky PDS, Mastodon instance). */
  serviceUrl?: string;
  /** Pages, organizations or locations the account may post as; each can become its own profile. */
  subAccounts?: Array<{ remoteId: string; name: string; kind: string }>;
}

/** Organization-level app registration for an OAuth network. */
export interface AppCredentials {
  clientId: string;
  clientSecret?: string;
}

/** What an adapter call works with: the profile's secrets and a budgeted HTTP client. */
export interface AdapterSession {
  account: RemoteAccount;
  credentials: Credentials;
  app?: AppCredentials;
  http: NetworkHttp;
  /** Stores credentials the network rotated during a call (DPoP-bound sessions refresh themselves). */
  saveCredentials?(credentials: Credentials): Promise<void>;
}

export interface OAuthConnector {
  kind: 'oauth2';
  /**
   * 'none' for networks that need no registered app: an atproto client is identified by the
   * client metadata Canopy publishes (see clientMetadata). Default 'required'.
   */
  appCredentials?: 'required' | 'none';
  /**
   * The client metadata document Canopy serves for the network to read (atproto OAuth).
   * `clientId` is the URL it is served at, which the document must name as its client_id.
   */
  clientMetadata?(input: { clientId: string; publicUrl: string; redirectUri: string }): Record<string, unknown>;
  /**
   * For networks hosted anywhere (Mastodon): registers Canopy as an app on one server, since there
   * is no central place to get app credentials. Canopy keeps them per organization and server.
   */
  registerApp?(http: NetworkHttp, input: { serviceUrl: string; redirectUri: string; clientName?: string; website?: string }): Promise<Outcome<AppCredentials>>;
  authorizationUrl(input: { app: AppCredentials; redirectUri: string; state: string; codeChallenge: string; serviceUrl?: string }): string;
  /**
   * For networks whose authorization needs calls first (atproto: resolve the account's server,
   * then a pushed authorization request). Used instead of authorizationUrl when present. What it
   * returns as `pending` is sealed, kept with the state, and handed back to exchangeCode.
   */
  beginAuthorization?(
    http: NetworkHttp,
    input: { app: AppCredentials; redirectUri: string; state: string; codeChallenge: string; serviceUrl?: string; loginHint?: string },
  ): Promise<Outcome<{ url: string; pending?: string }>>;
  exchangeCode(
    http: NetworkHttp,
    input: {
      app: AppCredentials;
      code: string;
      codeVerifier: string;
      redirectUri: string;
      serviceUrl?: string;
      pending?: string;
      /** Every parameter the network sent back (atproto adds `iss`). */
      callbackParams?: Record<string, string>;
    },
  ): Promise<Outcome<{ credentials: Credentials; account: RemoteAccount }>>;
  refresh(http: NetworkHttp, input: { app: AppCredentials; credentials: Credentials; serviceUrl?: string }): Promise<Outcome<Credentials>>;
  revoke(http: NetworkHttp, input: { app: AppCredentials; credentials: Credentials; serviceUrl?: string }): Promise<Outcome>;
}

export interface CredentialConnector {
  kind: 'credentials';
  connect(http: NetworkHttp, fields: Record<string, string>): Promise<Outcome<{ credentials: Credentials; account: RemoteAccount }>>;
  refresh(http: NetworkHttp, input: { credentials: Credentials; account: RemoteAccount }): Promise<Outcome<Credentials>>;
}

export type Connector = OAuthConnector | CredentialConnector;

export interface MediaItem {
  kind: 'image' | 'video';
  mimeType: string;
  /** Reads the bytes; called once per publish. */
  read(): Promise<Uint8Array>;
  /** Where the network can fetch it itself (Instagram, Threads, TikTok pull from a URL). */
  publicUrl?: string;
  altText?: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
}

export interface PublishRequest {
  text: string;
  media: MediaItem[];
  link?: string;
  /** Carried in the post where the network allows it, so find() can recognise it after a timeout. */
  marker: string;
  /** Publishing a thread part or a reply. */
  replyTo?: { remoteId: string; rootId: string };
  /** Pinterest board, YouTube title, and the like. */
  options?: Record<string, string>;
}

export interface PublishedPost {
  remoteId: string;
  url: string | null;
}

export interface Publisher {
  publish(session: AdapterSession, request: PublishRequest): Promise<Outcome<PublishedPost>>;
  /** A first comment under a published post. */
  comment?(session: AdapterSession, input: { onRemoteId: string; text: string }): Promise<Outcome<PublishedPost>>;
  delete(session: AdapterSession, remoteId: string): Promise<Outcome>;
  /** Finds a post we may have published: by marker, or by text within the time window. */
  find(session: AdapterSession, input: { marker: string; text: string; after: Date; before: Date }): Promise<Outcome<PublishedPost | null>>;
}

export interface InboxItem {
  remoteId: string;
  kind: 'comment' | 'mention' | 'message';
  /** The conversation or post it belongs to. */
  threadId: string;
  /** Our post it answers, for comments. */
  parentRemoteId?: string;
  author: { remoteId: string; handle: string; displayName: string; avatarUrl?: string };
  text: string;
  createdAt: Date;
  url?: string;
}

export interface InboxPage {
  items: InboxItem[];
  /** Pass back to continue; null when there is nothing more now. */
  cursor: string | null;
}

export interface InboxSource {
  fetch(session: AdapterSession, input: { kind: InboxItem['kind']; cursor: string | null }): Promise<Outcome<InboxPage>>;
  reply(session: AdapterSession, input: { item: InboxItem; text: string }): Promise<Outcome<PublishedPost>>;
  like?(session: AdapterSession, input: { item: InboxItem }): Promise<Outcome>;
  hide?(session: AdapterSession, input: { item: InboxItem }): Promise<Outcome>;
}

/** The secrets a network's webhooks are checked with: its app secret, and the token Canopy chose for the subscription check. */
export interface WebhookSecrets {
  appSecret: string;
  verifyToken?: string | undefined;
}

/** An inbox item a network pushed, and the account (profile) it reached. */
export interface PushedItem {
  accountRemoteId: string;
  item: InboxItem;
}

/**
 * How a network pushes updates: its subscription check, its signature over the raw body, and the
 * inbox items a delivery holds. A delivery that fails `verify` is never parsed.
 */
export interface WebhookReceiver {
  /** The answer to the network's subscription check (a GET), or null when the query is not a valid one. */
  challenge(query: Record<string, string | undefined>, secrets: WebhookSecrets): { type: 'text'; body: string } | { type: 'json'; body: Record<string, string> } | null;
  /** Whether the raw body carries the network's signature made with the app secret; compared in constant time. */
  verify(headers: Record<string, string | undefined>, rawBody: Buffer, secrets: WebhookSecrets): boolean;
  parse(body: unknown): PushedItem[];
}

export interface ProfileMetrics {
  followers: number | null;
  impressions: number | null;
  engagements: number | null;
  clicks: number | null;
  videoViews: number | null;
}

export interface PostMetrics extends ProfileMetrics {
  remoteId: string;
  likes: number | null;
  comments: number | null;
  shares: number | null;
}

export interface MetricsSource {
  profile(session: AdapterSession, input: { since: Date; until: Date }): Promise<Outcome<ProfileMetrics>>;
  posts(session: AdapterSession, input: { remoteIds: string[] }): Promise<Outcome<PostMetrics[]>>;
}

export interface SearchResult {
  remoteId: string;
  author: InboxItem['author'];
  text: string;
  createdAt: Date;
  url?: string;
}

export interface SearchSource {
  search(session: AdapterSession, input: { query: string; cursor: string | null }): Promise<Outcome<{ items: SearchResult[]; cursor: string | null }>>;
}

/** One network: its manifest, and the capabilities it implements. */
export interface NetworkAdapter {
  manifest: NetworkManifest;
  connector?: Connector;
  /** A second way to connect, for networks that take credentials and also offer OAuth (Bluesky). */
  oauth?: OAuthConnector;
  publisher?: Publisher;
  inbox?: InboxSource;
  webhooks?: WebhookReceiver;
  metrics?: MetricsSource;
  search?: SearchSource;
  /** Reads limits the network publishes about itself (Mastodon's /api/v2/instance). */
  liveLimits?(http: NetworkHttp, serviceUrl: string): Promise<Outcome<Partial<NetworkManifest['text']> & { mediaMaxCount?: number }>>;
}
