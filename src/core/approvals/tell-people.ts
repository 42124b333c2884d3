import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import { enqueueMail } from '../mail/mail-queue.ts';
import type { MailKind } from '../mail/mail-texts.ts';
import { notify } from '../notifications/notify.ts';
import type { AppContext } from '../types.ts';
import { postExcerpt } from './post-excerpt.ts';

export interface ApprovalNews {
  kind: MailKind;
  userIds: string[];
  post: { id: string; workspaceId: string; text: string; scheduledAt: Date | null };
  /** Who acted; null for a missed approval. */
  actorId: string | null;
  comment: string | null;
  /** Told once per key: the same news is never delivered twice to one person. */
  dedupeKey: string;
}

/** Tells people in the app and, after the transaction commits, by email. */
export async function tellPeople(ctx: AppContext, tx: Tx, news: ApprovalNews): Promise<void> {
  if (news.userIds.length === 0) return;
  const [actor] = news.actorId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, news.actorId)) : [];
  const actorName = actor?.name ?? null;
  await notify(tx, {
    userIds: news.userIds,
    workspaceId: news.post.workspaceId,
    kind: `approval.${news.kind}`,
    params: {
      postId: news.post.id,
      excerpt: postExcerpt(news.post.text),
      ...(actorName ? { name: actorName } : {}),
      ...(news.comment ? { comment: news.comment } : {}),
      ...(news.post.scheduledAt ? { scheduledAt: news.post.scheduledAt.toISOString() } : {}),
    },
    dedupeKey: news.dedupeKey,
  });
  await enqueueMail(ctx, tx, { kind: news.kind, userIds: news.userIds, workspaceId: news.post.workspaceId, postId: news.post.id, actorName, comment: news.comment });
}
