import { Agent, AtUri } from '@atproto/api';
import type { AdapterSession } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { budgetedFetch } from './fetch.ts';
import { oauthAgent } from './oauth-agent.ts';
import { storedSessionOf } from './oauth-client.ts';

export const POST = 'app.bsky.feed.post';

/**
 * An XRPC agent that reaches `service` only through NetworkHttp, sending `bearer` when given.
 * It never refreshes a session by itself: a refresh rotates the refresh token, and a token
 * rotated inside a publish would be lost to the profile. An expired token comes back as
 * `unauthorized`, and the connector's refresh() runs where its result is stored.
 */
export function xrpcAgent(http: NetworkHttp, service: string, opts: { did?: string; bearer?: string } = {}): Agent {
  // Building an Agent compiles every lexicon it knows (milliseconds), so the last one built for
  // this client is kept and reused while it would be built the same.
  const key = `${service}|${opts.did ?? ''}|${opts.bearer ?? ''}`;
  const cached = lastAgent.get(http);
  if (cached?.key === key) return cached.agent;
  const fetch = budgetedFetch(http);
  const agent = new Agent({
    ...(opts.did ? { did: opts.did } : {}),
    async fetchHandler(path: string, init: RequestInit): Promise<Response> {
      const url = new URL(path, service);
      const headers = new Headers(init.headers);
      if (opts.bearer && !headers.has('authorization')) headers.set('authorization', `Bearer ${opts.bearer}`);
      return fetch(url, { ...init, headers });
    },
  });
  lastAgent.set(http, { key, agent });
  return agent;
}

const lastAgent = new WeakMap<NetworkHttp, { key: string; agent: Agent }>();

/** The PDS that holds the session's account. */
export function pdsOf(session: AdapterSession): string {
  const url = session.account.serviceUrl;
  if (!url) throw new Error('A Bluesky profile must carry its PDS as account.serviceUrl');
  return url;
}

/** The signed-in agent for an adapter call: DPoP for a profile connected with OAuth, a bearer token for an app password. */
export function sessionAgent(session: AdapterSession): Agent {
  const oauth = storedSessionOf(session.credentials);
  if (oauth) return oauthAgent(session, oauth);
  return xrpcAgent(session.http, pdsOf(session), {
    did: session.account.remoteId,
    ...(session.credentials.accessToken ? { bearer: session.credentials.accessToken } : {}),
  });
}

/** Where people open a post: bsky.app shows posts from every PDS. */
export function postUrl(uri: string): string {
  const at = new AtUri(uri);
  return `https://bsky.app/profile/${at.host}/post/${at.rkey}`;
}
