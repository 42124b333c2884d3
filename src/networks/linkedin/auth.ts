import type { AppCredentials, OAuthConnector, RemoteAccount } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { authorizationCodeUrl, callRevokeEndpoint, callTokenEndpoint, credentialsFromToken } from '../oauth2.ts';
import { ok, type Outcome } from '../outcome.ts';
import { callLinkedInWithToken, restliList } from './api.ts';
import { LINKEDIN_SCOPES } from './manifest.ts';

/** Page roles that may post for an organization (learn.microsoft.com/linkedin, "Organization Access Control"). */
const POSTING_ROLES = new Set(['ADMINISTRATOR', 'CONTENT_ADMINISTRATOR', 'DIRECT_SPONSORED_CONTENT_POSTER']);

interface MemberProfile {
  id: string;
  localizedFirstName?: string;
  localizedLastName?: string;
  vanityName?: string;
  profilePicture?: { 'displayImage~'?: { elements?: Array<{ identifiers?: Array<{ identifier?: string }> }> } };
}

interface OrganizationAcl {
  organization?: string;
  role?: string;
  state?: string;
}

/**
 * LinkedIn's 3-legged OAuth (learn.microsoft.com/linkedin, "Authorization Code Flow"): the client
 * secret goes in the token request; access tokens last 60 days; refresh tokens are issued only to
 * approved apps and keep their value when used. The member's pages come back as sub-accounts,
 * each of which can become its own profile.
 */
export function createLinkedInConnector(apiBase: string, oauthBase: string): OAuthConnector {
  const clientForm = (app: AppCredentials) => ({ client_id: app.clientId, client_secret: app.clientSecret ?? '' });

  return {
    kind: 'oauth2',

    authorizationUrl({ app, redirectUri, state }) {
      return authorizationCodeUrl(`${oauthBase}/oauth/v2/authorization`, { clientId: app.clientId, redirectUri, scope: LINKEDIN_SCOPES.join(' '), state });
    },

    async exchangeCode(http, { app, code, redirectUri }) {
      const token = await callTokenEndpoint(http, {
        url: `${oauthBase}/oauth/v2/accessToken`,
        form: { grant_type: 'authorization_code', code, redirect_uri: redirectUri, ...clientForm(app) },
      });
      if (token.kind !== 'ok') return token;
      const credentials = credentialsFromToken(token.value, undefined);
      const account = await readAccount(http, apiBase, credentials.accessToken ?? '');
      return account.kind === 'ok' ? ok({ credentials, account: account.value }) : account;
    },

    async refresh(http, { app, credentials }) {
      // Apps without LinkedIn's programmatic refresh get no refresh token: the person reconnects
      // when the 60 days are over.
      if (!credentials.refreshToken) return ok(credentials);
      const token = await callTokenEndpoint(http, {
        url: `${oauthBase}/oauth/v2/accessToken`,
        form: { grant_type: 'refresh_token', refresh_token: credentials.refreshToken, ...clientForm(app) },
        grantIsGone: (_error, description) => /refresh token.*(invalid|expired|revoked)/i.test(description),
      });
      return token.kind === 'ok' ? ok(credentialsFromToken(token.value, credentials)) : token;
    },

    async revoke(http, { app, credentials }) {
      if (!credentials.accessToken) return ok(undefined);
      return callRevokeEndpoint(http, { url: `${oauthBase}/oauth/v2/revoke`, form: { token: credentials.accessToken, ...clientForm(app) } });
    },
  };
}

async function readAccount(http: NetworkHttp, apiBase: string, accessToken: string): Promise<Outcome<RemoteAccount>> {
  const me = await callLinkedInWithToken<MemberProfile>(http, accessToken, apiBase, {
    path: '/v2/me',
    restli: { projection: '(id,localizedFirstName,localizedLastName,vanityName,profilePicture(displayImage~:playableStreams))' },
    bucket: 'me',
  });
  if (me.kind !== 'ok') return me;
  const profile = me.value.data;
  const pictures = profile.profilePicture?.['displayImage~']?.elements ?? [];
  const avatarUrl = pictures[pictures.length - 1]?.identifiers?.[0]?.identifier;
  const organizations = await readOrganizations(http, apiBase, accessToken);
  if (organizations.kind !== 'ok') return organizations;
  return ok({
    remoteId: `urn:li:person:${profile.id}`,
    handle: profile.vanityName ?? profile.id,
    displayName: [profile.localizedFirstName, profile.localizedLastName].filter(Boolean).join(' ') || profile.id,
    ...(avatarUrl ? { avatarUrl } : {}),
    subAccounts: organizations.value,
  });
}

/** Pages the member may post for (organizationAcls), named by a batch lookup of the organizations. */
async function readOrganizations(http: NetworkHttp, apiBase: string, accessToken: string): Promise<Outcome<NonNullable<RemoteAccount['subAccounts']>>> {
  const acls = await callLinkedInWithToken<{ elements?: OrganizationAcl[] }>(http, accessToken, apiBase, {
    path: '/rest/organizationAcls',
    query: { q: 'roleAssignee', state: 'APPROVED', count: '100' },
    bucket: 'orgs',
  });
  // An app without the Community Management product may not read page roles: then there are no pages.
  if (acls.kind === 'rejected' && acls.code === 'access_denied') return ok([]);
  if (acls.kind !== 'ok') return acls;
  const urns = [...new Set((acls.value.data.elements ?? []).filter((a) => a.organization && POSTING_ROLES.has(a.role ?? '')).map((a) => a.organization!))];
  if (urns.length === 0) return ok([]);
  const ids = urns.map((urn) => urn.split(':').pop() ?? urn);
  const named = await callLinkedInWithToken<{ results?: Record<string, { localizedName?: string; vanityName?: string }> }>(http, accessToken, apiBase, {
    path: '/rest/organizations',
    restli: { ids: restliList(ids) },
    bucket: 'orgs',
  });
  if (named.kind !== 'ok') return named;
  const results = named.value.data.results ?? {};
  return ok(urns.map((urn, i) => ({ remoteId: urn, name: results[ids[i]!]?.localizedName ?? results[ids[i]!]?.vanityName ?? urn, kind: 'organization' })));
}
