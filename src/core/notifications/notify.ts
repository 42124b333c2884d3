import type { Db, Tx } from '../../db/client.ts';
import { notifications } from '../../db/schema.ts';

export interface NotificationInput {
  userIds: string[];
  workspaceId: string | null;
  /** What happened, e.g. "profile.needs_reconnect"; the web app words it in each language. */
  kind: string;
  params: Record<string, string>;
  /** The same key for the same person is delivered once, however often it is sent. */
  dedupeKey: string;
}

export async function notify(db: Db | Tx, input: NotificationInput): Promise<void> {
  if (input.userIds.length === 0) return;
  await db
    .insert(notifications)
    .values(input.userIds.map((userId) => ({ userId, workspaceId: input.workspaceId, kind: input.kind, params: input.params, dedupeKey: input.dedupeKey })))
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] });
}
