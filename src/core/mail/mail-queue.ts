import type { Tx } from '../../db/client.ts';
import type { AppContext } from '../types.ts';
import type { MailKind } from './mail-texts.ts';

/** The queue of emails to send, one job per recipient, so a down SMTP server is retried without holding anything up. */
export const SEND_EMAIL_QUEUE = 'send-email-v1';

export interface MailJob {
  kind: MailKind;
  userId: string;
  workspaceId: string;
  postId: string;
  actorName: string | null;
  comment: string | null;
}

/** Enqueues one email per person in the caller's transaction, so it goes only if the change commits. Nothing when email is off. */
export async function enqueueMail(ctx: AppContext, tx: Tx, input: Omit<MailJob, 'userId'> & { userIds: string[] }): Promise<void> {
  if (!ctx.config.mail) return;
  const { userIds, ...rest } = input;
  for (const userId of new Set(userIds)) await ctx.jobs.send(SEND_EMAIL_QUEUE, { ...rest, userId } satisfies MailJob, { tx });
}
