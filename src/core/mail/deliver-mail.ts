import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { posts, users, workspaceMembers, workspaces } from '../../db/schema.ts';
import { postExcerpt } from '../approvals/post-excerpt.ts';
import type { AppContext } from '../types.ts';
import type { MailJob } from './mail-queue.ts';
import { mailLocale } from './mail-texts.ts';
import { mailTransport } from './mail-transport.ts';
import { renderMail } from './render-mail.ts';

/** Sends one approval email in the recipient's language. A failure throws, so the job is retried. */
export async function deliverMail(ctx: AppContext, job: MailJob): Promise<void> {
  const mail = ctx.config.mail;
  if (!mail) return;
  const [row] = await ctx.db
    .select({ email: users.email, locale: users.locale, workspace: workspaces.name, text: posts.text, at: posts.scheduledAt, zone: posts.scheduledZone })
    .from(posts)
    .innerJoin(workspaces, eq(workspaces.id, posts.workspaceId))
    .innerJoin(users, and(eq(users.id, job.userId), eq(users.organizationId, workspaces.organizationId)))
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, users.id)))
    .where(and(eq(posts.id, job.postId), eq(posts.workspaceId, job.workspaceId), or(inArray(users.orgRole, ['owner', 'admin']), isNotNull(workspaceMembers.userId))));
  // Someone who has left the workspace since, or a post deleted since, is nothing to send.
  if (!row) return;
  const content = renderMail({
    kind: job.kind,
    locale: mailLocale(row.locale),
    workspace: row.workspace,
    actorName: job.actorName,
    excerpt: postExcerpt(row.text),
    comment: job.comment,
    at: row.at,
    zone: row.zone,
    link: `${ctx.config.publicUrl}/w/${job.workspaceId}/compose/${job.postId}`,
  });
  await mailTransport(mail.smtpUrl).sendMail({ from: mail.from, to: row.email, ...content });
}
