import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { posts, profiles, users, workspaces } from '../schema.ts';
import { createdAt } from './columns.ts';

/** UTM fields added to a campaign's links; `{network}`, `{profile}` and `{campaign}` are filled per target. */
export interface UtmTemplate {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
}

/** A campaign groups posts and gives their links UTM parameters. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    color: text('color').notNull().default('teal'),
    utm: jsonb('utm').$type<UtmTemplate>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('campaigns_workspace_name_key').on(t.workspaceId, t.name)],
);

/** A saved set of hashtags, inserted into Compose in one click. */
export const hashtagGroups = pgTable(
  'hashtag_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    hashtags: text('hashtags').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('hashtag_groups_workspace_name_key').on(t.workspaceId, t.name)],
);

/** A profile's weekly posting slots, in the workspace's zone: "Add to queue" takes the next free one. */
export const queueSlots = pgTable(
  'queue_slots',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** ISO weekday, 1 Monday … 7 Sunday. */
    weekday: smallint('weekday').notNull(),
    /** HH:mm, local. */
    time: text('time').notNull(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.weekday, t.time] })],
);

/** A team member's note on a post, never published. */
export const postComments = pgTable(
  'post_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('post_comments_post_idx').on(t.postId, t.createdAt)],
);

/** One row of a bulk CSV import, and what became of it. */
export interface ImportRowResult {
  row: number;
  postId?: string;
  error?: string;
}

/** A confirmed CSV import, worked through by a job so that its progress can be followed. */
export const postImports = pgTable(
  'post_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['running', 'done'] }).notNull(),
    total: integer('total').notNull(),
    /** The parsed rows, kept until the job has created their posts. */
    rows: jsonb('rows').$type<unknown[]>().notNull(),
    results: jsonb('results').$type<ImportRowResult[]>().notNull().default([]),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('post_imports_workspace_idx').on(t.workspaceId, t.createdAt)],
);

/** A link shortened by Canopy's own shortener, served at /l/{code}. */
export const shortLinks = pgTable(
  'short_links',
  {
    code: text('code').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    clicks: integer('clicks').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('short_links_workspace_url_key').on(t.workspaceId, t.url)],
);
