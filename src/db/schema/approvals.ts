import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { posts, users, workspaces } from '../schema.ts';
import { createdAt } from './columns.ts';

/** A named path to approval: one or more steps, each decided by a person or by anyone holding a role. */
export const approvalWorkflows = pgTable(
  'approval_workflows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('approval_workflows_workspace_name_key').on(t.workspaceId, t.name)],
);

/** One step of a workflow: exactly one of approverId and approverRole is set. */
export const approvalSteps = pgTable(
  'approval_steps',
  {
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => approvalWorkflows.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    approverId: uuid('approver_id').references(() => users.id, { onDelete: 'cascade' }),
    approverRole: text('approver_role'),
  },
  (t) => [primaryKey({ columns: [t.workflowId, t.position] })],
);

/** What happened to a post on its way through approval: submissions, decisions, edits and misses. */
export const postDecisions = pgTable(
  'post_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    step: integer('step'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    decision: text('decision', { enum: ['submitted', 'approved', 'rejected', 'changes_requested', 'edited', 'approval_missed'] }).notNull(),
    comment: text('comment'),
    /** For an approver's edit: the fields before and after. */
    changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>(),
    createdAt: createdAt(),
  },
  (t) => [index('post_decisions_post_idx').on(t.postId, t.id)],
);
