import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { approvalWorkflows } from './schema/approvals.ts';
import { createdAt } from './schema/columns.ts';
import { campaigns } from './schema/planning.ts';
import type { WorkspaceInboxSettings, WorkspaceLinks, WorkspacePolicy } from './schema/workspace-settings.ts';

export * from './schema/approvals.ts';
export * from './schema/handoff.ts';
export * from './schema/inbox.ts';
export * from './schema/media.ts';
export * from './schema/planning.ts';
export type * from './schema/workspace-settings.ts';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  requireTotp: boolean('require_totp').notNull().default(false),
  createdAt: createdAt(),
});

/** A person. Each belongs to one organization; orgRole 'owner' and 'admin' reach every workspace in it. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    orgRole: text('org_role', { enum: ['owner', 'admin', 'member'] }).notNull(),
    locale: text('locale').notNull().default('en'),
    /** Encrypted with the secret box; set while enrolling, confirmed when totpEnabledAt is set. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last accepted TOTP time step, so a code cannot be replayed. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), index('users_org_idx').on(t.organizationId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the value itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the token; the token is shown once at creation. */
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const workspaces = pgTable(
  'workspaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    timezone: text('timezone').notNull(),
    locale: text('locale').notNull(),
    /** Roles whose posts must be approved before they publish, beyond those who may never skip approval. */
    approvalRoles: text('approval_roles').array().notNull().default(sql`'{}'::text[]`),
    /** What every post here must respect: banned terms, disclosures, alt text, and whether a breach blocks. */
    policy: jsonb('policy').$type<WorkspacePolicy>().notNull().default({ requireAltText: false, bannedTerms: [], enforce: 'warn' }),
    /** How links in posts are shortened: not at all, by Canopy itself, or by a provider (its token sealed). */
    links: jsonb('links').$type<WorkspaceLinks>().notNull().default({ shortener: 'none' }),
    inbox: jsonb('inbox').$type<WorkspaceInboxSettings>().notNull().default({ businessHours: null, slaMinutes: null }),
    /** Set while all publishing is paused: since when, by whom, and why. */
    publishingPausedAt: timestamp('publishing_paused_at', { withTimezone: true }),
    publishingPausedBy: uuid('publishing_paused_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    publishingPauseReason: text('publishing_pause_reason'),
    createdAt: createdAt(),
  },
  (t) => [index('workspaces_org_idx').on(t.organizationId)],
);

export const workspaceMembers = pgTable(
  'workspace_members',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index('workspace_members_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_key').on(t.tokenHash), index('invitations_workspace_idx').on(t.workspaceId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Null for organization-wide changes (settings, tokens). */
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_org_idx').on(t.organizationId, t.id),
    index('audit_events_workspace_idx').on(t.workspaceId, t.id),
  ],
);

/** Failed sign-ins, counted per email and per address to slow down guessing. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('login_failures_email_idx').on(t.email, t.createdAt), index('login_failures_ip_idx').on(t.ip, t.createdAt)],
);

/** A social account connected to a workspace. Credentials are sealed with the secret box. */
export const profiles = pgTable(
  'profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    remoteId: text('remote_id').notNull(),
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    avatarUrl: text('avatar_url'),
    serviceUrl: text('service_url'),
    /** For a page, organization or location reached through a person's account. */
    subAccount: jsonb('sub_account').$type<{ remoteId: string; name: string; kind: string } | null>(),
    status: text('status', { enum: ['connected', 'needs_reconnect'] }).notNull().default('connected'),
    statusReason: text('status_reason'),
    rateLimitedUntil: timestamp('rate_limited_until', { withTimezone: true }),
    credentials: text('credentials').notNull(),
    /** How the credentials were obtained, for networks that offer both. */
    connectedWith: text('connected_with', { enum: ['oauth2', 'credentials'] }).notNull().default('credentials'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }),
    /** Who may use it: everyone with the permission, or only the listed members. */
    access: text('access', { enum: ['all', 'restricted'] }).notNull().default('all'),
    connectedBy: uuid('connected_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('profiles_account_key').on(t.workspaceId, t.network, t.remoteId),
    index('profiles_refresh_idx').on(t.status, t.tokenExpiresAt),
  ],
);

export const profileMembers = pgTable(
  'profile_members',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.userId] })],
);

/** An organization's own app registration with an OAuth network. The secret is sealed. */
export const networkApps = pgTable(
  'network_apps',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    clientId: text('client_id').notNull(),
    clientSecret: text('client_secret'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.network] })],
);

/** A started OAuth connection, waiting for the network to send the person back. */
export const oauthStates = pgTable('oauth_states', {
  /** SHA-256 of the state parameter. */
  stateHash: text('state_hash').primaryKey(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  network: text('network').notNull(),
  /** Sealed PKCE verifier. */
  codeVerifier: text('code_verifier').notNull(),
  serviceUrl: text('service_url'),
  /** Sealed: what the network's authorization step asked Canopy to keep until the callback. */
  pending: text('pending'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** What each network last said about an account's rate budget, shared by all workers. */
export const rateBudgets = pgTable('rate_budgets', {
  key: text('key').primaryKey(),
  remaining: integer('remaining'),
  resetAt: timestamp('reset_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** In-app notifications. dedupeKey makes "tell the admins once" hold under retries. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('notifications_dedupe_key').on(t.userId, t.dedupeKey), index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * A post: one message planned for one or more profiles. The schedule keeps the local wall time
 * and the IANA zone it was planned in, and the UTC instant it fires at.
 */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', {
      enum: ['draft', 'pending_approval', 'changes_requested', 'rejected', 'scheduled', 'publishing', 'published', 'partially_published', 'failed', 'approval_missed'],
    }).notNull(),
    text: text('text').notNull(),
    /** A paid partnership or promotion: the workspace may require a disclosure. */
    paid: boolean('paid').notNull().default(false),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    campaignId: uuid('campaign_id').references((): AnyPgColumn => campaigns.id, { onDelete: 'set null' }),
    /** The approval workflow the submitter chose, and the step that now decides (0-based). */
    approvalWorkflowId: uuid('approval_workflow_id').references((): AnyPgColumn => approvalWorkflows.id, { onDelete: 'set null' }),
    approvalStep: integer('approval_step'),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    scheduledDate: text('scheduled_date'),
    scheduledTime: text('scheduled_time'),
    scheduledZone: text('scheduled_zone'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('posts_workspace_time_idx').on(t.workspaceId, t.scheduledAt), index('posts_tags_idx').using('gin', t.tags)],
);

/** What one profile gets of a post: its own text, thread parts, first comment and options. */
export const postTargets = pgTable(
  'post_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Null once the profile is removed; what was published stays on record. */
    profileId: uuid('profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    network: text('network').notNull(),
    text: text('text').notNull(),
    /** Further parts of a thread, published in order as replies. */
    threadParts: jsonb('thread_parts').$type<string[]>().notNull().default([]),
    firstComment: text('first_comment'),
    link: text('link'),
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    status: text('status', { enum: ['draft', 'scheduled', 'publishing', 'published', 'failed'] }).notNull(),
    /** Travels with each part where the network allows, so a post that may have landed can be found. */
    marker: text('marker').notNull(),
    remoteId: text('remote_id'),
    remoteUrl: text('remote_url'),
    failureReason: text('failure_reason'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** One worker at a time: who holds the target, and until when. */
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('post_targets_marker_key').on(t.marker),
    index('post_targets_post_idx').on(t.postId),
    // An inbox item finds the post it answers by the post's address on the network.
    index('post_targets_remote_idx').on(t.profileId, t.remoteId),
  ],
);

/**
 * The publish ledger: a row is written before each network call and completed after it, so a
 * call whose answer was lost (a crash, a timeout) is known, and reconciled before any retry.
 */
export const publishAttempts = pgTable(
  'publish_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    targetId: uuid('target_id')
      .notNull()
      .references(() => postTargets.id, { onDelete: 'cascade' }),
    /** 0 the post, 1… thread parts, -1 the first comment. */
    part: integer('part').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** null while the call is in flight (or was, when its worker died). */
    outcome: text('outcome', { enum: ['ok', 'rate_limited', 'unauthorized', 'rejected', 'transient', 'unknown', 'found', 'not_found'] }),
    remoteId: text('remote_id'),
    remoteUrl: text('remote_url'),
    reason: text('reason'),
  },
  (t) => [index('publish_attempts_target_idx').on(t.targetId, t.part, t.id)],
);
