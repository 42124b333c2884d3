import { index, integer, pgTable, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';
import { workspaces } from '../schema.ts';
import { createdAt } from './columns.ts';
import { inboxItems } from './inbox.ts';

/**
 * Where a workspace hands its sales leads: a signed webhook any CRM can take, or HubSpot. The
 * secret is sealed: the webhook's signing secret (made by Canopy, shown once) or HubSpot's
 * private app token.
 */
export const handoffTargets = pgTable(
  'handoff_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['webhook', 'hubspot'] }).notNull(),
    name: text('name').notNull(),
    /** The webhook's address; null for HubSpot. */
    url: text('url'),
    secret: text('secret').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('handoff_targets_workspace_idx').on(t.workspaceId)],
);

/** One lead handed to one target: each attempt updates it, so it is the delivery log. */
export const handoffDeliveries = pgTable(
  'handoff_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetId: uuid('target_id')
      .notNull()
      .references(() => handoffTargets.id, { onDelete: 'cascade' }),
    /** Null for a test delivery, which sends a sample lead. */
    itemId: uuid('item_id').references(() => inboxItems.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    /** The first part of the receiver's last answer. */
    responseSnippet: text('response_snippet'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('handoff_deliveries_target_idx').on(t.targetId, t.createdAt)],
);
