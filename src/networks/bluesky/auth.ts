import { AtpAgent } from '@atproto/api';
import type { CredentialConnector, Credentials, RemoteAccount } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { ok, rejected, unauthorized, type Outcome } from '../outcome.ts';
import { xrpcAgent } from './agent.ts';
import { attempt, outcomeOfError, xrpcErrorName } from './errors.ts';

/** Scopes a PDS puts in a session's access token; only an app-password session may be kept. */
const ACCOUNT_PASSWORD_SCOPE = 'com.atproto.access';

/** Refresh answers that mean the refresh token itself is spent, revoked or expired. */
const SPENT_TOKEN = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired']);

interface SessionTokens {
  accessJwt: string;
  refreshJwt: string;
  did: string;
  handle: string;
}

/** The claims of a JWT, read without verifying it: only to learn its scope and expiry. */
function claimsOf(jwt: string): { scope?: string; exp?: number } {
  const payload = jwt.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scope?: string; exp?: number };
  } catch {
    return {}; // an opaque token: nothing to learn from it
  }
}

function credentialsOf(tokens: SessionTokens, login: { identifier: string; appPassword: string; service: string }): Credentials {
  const exp = claimsOf(tokens.accessJwt).exp;
  return {
    accessToken: tokens.accessJwt,
    refreshToken: tokens.refreshJwt,
    ...(exp ? { expiresAt: new Date(exp * 1000) } : {}),
    identifier: login.identifier,
    appPassword: login.appPassword,
    extra: { did: tokens.did, service: login.service },
  };
}

function normalizedService(raw: string | undefined, fallback: string): string | null {
  try {
    const url = new URL((raw ?? '').trim() || fallback);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The display name and avatar, when an AppView answers; a PDS without one still connects. */
async function profileOf(http: NetworkHttp, pds: string, tokens: SessionTokens): Promise<Pick<RemoteAccount, 'displayName' | 'avatarUrl'>> {
  const agent = xrpcAgent(http, pds, { did: tokens.did, bearer: tokens.accessJwt });
  const profile = await attempt(false, () => agent.app.bsky.actor.getProfile({ actor: tokens.did }));
  if (profile.kind !== 'ok') return { displayName: tokens.handle };
  const { displayName, avatar } = profile.value.data;
  return { displayName: displayName?.trim() || tokens.handle, ...(avatar ? { avatarUrl: avatar } : {}) };
}

async function createSession(
  http: NetworkHttp,
  login: { service: string; identifier: string; appPassword: string },
): Promise<Outcome<{ tokens: SessionTokens; pds: string }>> {
  const agent = new AtpAgent({ service: login.service, fetch: http.asFetch('session') });
  try {
    const res = await agent.login({ identifier: login.identifier, password: login.appPassword });
    if (res.data.active === false) {
      return rejected(`This Bluesky account cannot post right now: its host reports it as ${res.data.status ?? 'inactive'}.`, 'account_inactive');
    }
    return ok({ tokens: res.data, pds: (agent.pdsUrl ?? agent.serviceUrl).origin });
  } catch (err) {
    switch (xrpcErrorName(err)) {
      case 'AuthenticationRequired':
        return rejected(`Bluesky did not accept this handle or email and app password (${(err as Error).message}).`, 'invalid_credentials');
      case 'AuthFactorTokenRequired':
        return rejected('This account asks for a sign-in code from email. Use an app password instead: Bluesky → Settings → Privacy and security → App passwords.', 'app_password_required');
      case 'AccountTakedown':
        return rejected(`Bluesky has taken this account down: ${(err as Error).message}`, 'account_takedown');
      default:
        return outcomeOfError(err, { write: false });
    }
  }
}

/**
 * Bluesky by app password: com.atproto.server.createSession on the person's service. The access
 * and refresh tokens are kept, and so is the app password (sealed, like every credential), so a
 * session revoked on Bluesky's side can be re-created without asking the person again.
 */
export function blueskyConnector(defaultService: string): CredentialConnector {
  return {
    kind: 'credentials',

    async connect(http, fields) {
      const service = normalizedService(fields.service, defaultService);
      const identifier = (fields.identifier ?? '').trim().replace(/^@/, '');
      const appPassword = (fields.appPassword ?? '').trim();
      if (!service) return rejected('The service must be an http(s) URL, e.g. https://bsky.social.', 'invalid_service');
      if (!identifier) return rejected('Enter the handle or email of the Bluesky account.', 'missing_identifier');
      if (!appPassword) return rejected('Enter an app password: Bluesky → Settings → Privacy and security → App passwords.', 'missing_app_password');
      const session = await createSession(http, { service, identifier, appPassword });
      if (session.kind !== 'ok') return session;
      const { tokens, pds } = session.value;
      if (claimsOf(tokens.accessJwt).scope === ACCOUNT_PASSWORD_SCOPE) {
        // Never keep an account password: end the session it opened, and say what to use instead.
        await attempt(true, () => xrpcAgent(http, pds, { bearer: tokens.refreshJwt }).com.atproto.server.deleteSession());
        return rejected('That is the account password. Canopy only takes an app password: Bluesky → Settings → Privacy and security → App passwords.', 'account_password');
      }
      const account: RemoteAccount = {
        remoteId: tokens.did,
        handle: tokens.handle,
        serviceUrl: pds,
        ...(await profileOf(http, pds, tokens)),
      };
      return ok({ credentials: credentialsOf(tokens, { identifier, appPassword, service }), account });
    },

    async refresh(http, { credentials, account }) {
      const pds = account.serviceUrl ?? defaultService;
      const login = {
        identifier: credentials.identifier ?? account.handle,
        appPassword: credentials.appPassword ?? '',
        service: credentials.extra?.service ?? pds,
      };
      if (!credentials.refreshToken) return unauthorized('invalid_grant: no refresh token is stored; reconnect Bluesky');
      const agent = xrpcAgent(http, pds, { bearer: credentials.refreshToken });
      try {
        const res = await agent.com.atproto.server.refreshSession();
        return ok(credentialsOf(res.data, login));
      } catch (err) {
        const name = xrpcErrorName(err);
        if (!name || !SPENT_TOKEN.has(name)) return outcomeOfError(err, { write: false });
        const why = (err as Error).message;
        if (!login.appPassword) return unauthorized(`invalid_grant: ${why}; reconnect Bluesky`);
        // The session is gone (revoked, or the refresh token expired): open a new one.
        const session = await createSession(http, login);
        if (session.kind === 'ok') return ok(credentialsOf(session.value.tokens, login));
        if (session.kind === 'rejected') return unauthorized(`invalid_grant: ${why}; and the app password no longer works (${session.reason}) — reconnect Bluesky`);
        return session;
      }
    },
  };
}
