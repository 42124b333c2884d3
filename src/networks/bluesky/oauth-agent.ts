import { Agent } from '@atproto/api';
import type { OAuthSession } from '@atproto/oauth-client-node';
import type { AdapterSession } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { canopyFailureIn, responseForSessionError } from './oauth-errors.ts';
import { credentialsOfSession, sessionClient, type StoredOAuthSession } from './oauth-client.ts';

const lastAgent = new WeakMap<NetworkHttp, { key: string; agent: Agent }>();

/**
 * An XRPC agent for a profile connected with OAuth: every request carries the DPoP-bound access
 * token and a DPoP proof, and goes to the PDS the token is for. The library refreshes the token
 * when it is about to expire or the PDS refuses it; refresh tokens are single-use, so the rotated
 * session goes straight to session.saveCredentials.
 */
export function oauthAgent(session: AdapterSession, stored: StoredOAuthSession): Agent {
  const save = session.saveCredentials;
  if (!save) throw new Error('A Bluesky OAuth session rotates its tokens during calls; the session must offer saveCredentials');
  // One agent per client and session, as for app-password profiles: an agent keeps the session it
  // last rotated, so a second call in the same adapter call does not reuse a spent refresh token.
  const key = session.credentials.extra?.oauthSession ?? '';
  const cached = lastAgent.get(session.http);
  if (cached?.key === key) return cached.agent;
  const { client } = sessionClient(session.http, stored, (rotated) => save(credentialsOfSession(rotated)));
  const did = stored.session.tokenSet.sub;
  let restoring: Promise<OAuthSession> | undefined;
  const agent = new Agent({
    did,
    async fetchHandler(path: string, init: RequestInit): Promise<Response> {
      let oauth: OAuthSession;
      try {
        restoring ??= client.restore(did, 'auto');
        oauth = await restoring;
      } catch (err) {
        restoring = undefined;
        return responseForSessionError(err);
      }
      try {
        return await oauth.fetchHandler(path, init);
      } catch (err) {
        // The library wraps NetworkHttp's failure; hand errors.ts the one it knows how to read.
        throw canopyFailureIn(err)?.error ?? err;
      }
    },
  });
  lastAgent.set(session.http, { key, agent });
  return agent;
}
