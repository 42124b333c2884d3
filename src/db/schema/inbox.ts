import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { postTargets, profiles, users, workspaces } from '../schema.ts';
import { createdAt } from './columns.ts';

/**
 * A comment, mention or direct message that reached one of the workspace's profiles. Stored once
 * per profile and network id, however often it is fetched or delivered; threaded by the network's
 * conversation id, and linked to our published post when it answers one.
 */
export const inboxItems = pgTable(
  'inbox_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    remoteId: text('remote_id').notNull(),
    kind: text('kind', { enum: ['comment', 'mention', 'message'] }).notNull(),
    /** The network's conversation: the thread's first post, or the chat. */
    threadId: text('thread_id').notNull(),
    parentRemoteId: text('parent_remote_id'),
    /** Our published post it answers, when it answers one. */
    postTargetId: uuid('post_target_id').references(() => postTargets.id, { onDelete: 'set null' }),
    authorRemoteId: text('author_remote_id').notNull(),
    authorHandle: text('author_handle').notNull(),
    authorName: text('author_name').notNull(),
    authorAvatarUrl: text('author_avatar_url'),
    text: text('text').notNull(),
    url: text('url'),
    /** When it was written, as the network says. */
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status', { enum: ['open', 'assigned', 'done'] }).notNull().default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    /** What the item asks of the team, when someone made it a task. */
    taskType: text('task_type', { enum: ['sales_lead', 'support', 'question', 'feedback'] }),
    taskPriority: text('task_priority', { enum: ['low', 'normal', 'high', 'urgent'] }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Read from the text when it arrives; a person may correct it. */
    sentiment: text('sentiment', { enum: ['positive', 'neutral', 'negative'] }).notNull().default('neutral'),
    sentimentCorrected: boolean('sentiment_corrected').notNull().default(false),
    /** Insulting: shown behind a click, so nobody meets it unwarned. */
    abusive: boolean('abusive').notNull().default(false),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('inbox_items_profile_remote_key').on(t.profileId, t.remoteId),
    // Read backwards, these give the stream newest first (sent_at desc, id desc) without a sort.
    index('inbox_items_stream_idx').on(t.workspaceId, t.sentAt, t.id),
    index('inbox_items_status_idx').on(t.workspaceId, t.status, t.sentAt, t.id),
    index('inbox_items_assignee_idx').on(t.assigneeId, t.status, t.sentAt, t.id),
    index('inbox_items_profile_idx').on(t.profileId, t.sentAt, t.id),
    index('inbox_items_thread_idx').on(t.profileId, t.threadId),
    index('inbox_items_tags_idx').using('gin', t.tags),
    index('inbox_items_team_idx').on(t.teamId, t.status, t.sentAt, t.id),
  ],
);

/**
 * A group of members items can be given to. Every workspace has customer care and sales (named in
 * each reader's language, so stored by kind); others are the workspace's own, with a name.
 */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['customer_care', 'sales', 'custom'] }).notNull(),
    /** A custom team's name; the built-in teams have none. */
    name: text('name'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('teams_workspace_name_key').on(t.workspaceId, t.name),
    uniqueIndex('teams_workspace_builtin_key')
      .on(t.workspaceId, t.kind)
      .where(sql`${t.kind} <> 'custom'`),
  ],
);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);

/** A note the team leaves on an item for each other; never sent to the network. */
export const inboxNotes = pgTable(
  'inbox_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => inboxItems.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('inbox_notes_item_idx').on(t.itemId, t.createdAt)],
);

/** Where reading a profile's inbox of one kind got to: when, and how far back a backfill reached. */
export const inboxCursors = pgTable(
  'inbox_cursors',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['comment', 'mention', 'message'] }).notNull(),
    /** Continues a backfill that stopped before reaching its horizon; null once it did. */
    backfillCursor: text('backfill_cursor'),
    polledAt: timestamp('polled_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.kind] })],
);

/** A reply the team sends often; `{name}` and `{handle}` are filled with the author's. */
export const savedReplies = pgTable(
  'saved_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('saved_replies_workspace_name_key').on(t.workspaceId, t.name)],
);

/** What an automation rule looks at; every condition given must hold. */
export interface InboxRuleConditions {
  /** Any of these words or phrases, case-insensitive. */
  keywords?: string[];
  networks?: string[];
  profileIds?: string[];
  kinds?: Array<'comment' | 'mention' | 'message'>;
  sentiments?: Array<'positive' | 'neutral' | 'negative'>;
  /** Author handles, without @. */
  authors?: string[];
  /** Only inside, or only outside, the workspace's business hours. */
  businessHours?: 'inside' | 'outside';
}

/** What a rule does to an item that matches. */
export interface InboxRuleActions {
  addTags?: string[];
  /** Round-robin among the listed members, or to the one of them with the fewest open items. */
  assign?: { strategy: 'round_robin' | 'fewest_open'; userIds: string[] };
  teamId?: string;
  /** Hides the item on the network (where it can be hidden) and completes it: for spam. */
  hide?: boolean;
}

/** An automation rule: applied, in order, to every item as it arrives. */
export const inboxRules = pgTable(
  'inbox_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    enabled: boolean('enabled').notNull().default(true),
    conditions: jsonb('conditions').$type<InboxRuleConditions>().notNull(),
    actions: jsonb('actions').$type<InboxRuleActions>().notNull(),
    /** Where round-robin assignment got to. */
    lastAssignedUserId: uuid('last_assigned_user_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('inbox_rules_workspace_name_key').on(t.workspaceId, t.name), index('inbox_rules_workspace_idx').on(t.workspaceId, t.position)],
);
