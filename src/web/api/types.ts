// Shapes of the API's answers, as the web app reads them. The domain's own types are reused
// where core exports them, so a change there shows up here at typecheck.
import type { Me } from '../../core/accounts/get-me.ts';
import type { Locale } from '../../core/accounts/locales.ts';
import type { Permission } from '../../core/policies/permissions.ts';
import type { Role } from '../../core/policies/roles.ts';
import type { ProfileView } from '../../core/profiles/profile-view.ts';
import type { AuthKind, NetworkManifest } from '../../networks/manifest.ts';

export type { Locale, Me, Permission, Role };

export type WorkspaceOfMe = Me['workspaces'][number];

export interface WorkspaceSummary {
  id: string;
  name: string;
  timezone: string;
  locale: string;
  role: Role;
}

export type { Member } from '../../core/members/list-members.ts';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
  createdAt: string;
}

export interface NewInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
  url: string;
}

export interface InvitationOffer {
  email: string;
  role: Role;
  expiresAt: string;
  existingUser: boolean;
  workspace: { id: string; name: string };
  organization: { id: string; name: string };
}

export interface AuditEvent {
  id: number;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
  actor: { id: string; name: string } | null;
}

export interface AuditPage {
  items: AuditEvent[];
  nextBefore: number | null;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface NewApiToken {
  id: string;
  name: string;
  token: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

/** A network Canopy knows, as GET /api/v1/networks describes it. */
export interface Network {
  id: string;
  name: string;
  color: string;
  authKind: AuthKind;
  /** The ways a profile can connect: a form of credentials, an OAuth sign-in, or both (Bluesky). */
  connectVia: Array<'credentials' | 'oauth2'>;
  /** Whether OAuth needs the organization's app credentials first. */
  needsAppCredentials: boolean;
  /** Hosted on many servers, Canopy registering itself on each (Mastodon): the person names their server. */
  registersPerServer: boolean;
  credentialFields: Array<{ name: string; secret: boolean; defaultValue?: string }>;
  /** Where the OAuth app credentials come from, or null when none are set. */
  appCredentials: 'organization' | 'environment' | null;
  appCredentialsHelpUrl: string | null;
  capabilities: NetworkManifest['capabilities'];
  /** Why Canopy cannot use this network, when it cannot. */
  unavailable: string | null;
  text: { maxLength: number; counting: string };
  compose: { threads: boolean; firstComment: boolean; linkField: boolean; linkPreview: boolean; requiresMedia: boolean; maxMedia: number };
}

/** A connected profile; dates arrive as ISO strings. */
export type Profile = Omit<ProfileView, 'rateLimitedUntil' | 'createdAt'> & { rateLimitedUntil: string | null; createdAt: string };

export interface AppNotification {
  id: string;
  kind: string;
  params: Record<string, string>;
  workspaceId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Items<T> {
  items: T[];
}
