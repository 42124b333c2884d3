import { bigint, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { organizations, postTargets, users, workspaces } from '../schema.ts';
import { createdAt } from './columns.ts';

/** An uploaded image or video in a workspace's media library. */
export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    filename: text('filename').notNull(),
    kind: text('kind', { enum: ['image', 'video'] }).notNull(),
    /** As sniffed from the bytes, never as the upload claimed. */
    mimeType: text('mime_type').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    width: integer('width'),
    height: integer('height'),
    durationMs: integer('duration_ms'),
    altText: text('alt_text'),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    createdAt: createdAt(),
  },
  (t) => [index('media_workspace_idx').on(t.workspaceId, t.createdAt)],
);

/** The media a target publishes, in order. A file in use by a post cannot be deleted. */
export const postTargetMedia = pgTable(
  'post_target_media',
  {
    targetId: uuid('target_id')
      .notNull()
      .references(() => postTargets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    mediaId: uuid('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.position] }), index('post_target_media_media_idx').on(t.mediaId)],
);
