import { asc, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { posts, postTargetMedia, postTargets } from '../../db/schema.ts';

export interface PostView {
  id: string;
  status: (typeof posts.$inferSelect)['status'];
  text: string;
  authorId: string | null;
  paid: boolean;
  tags: string[];
  campaignId: string | null;
  /** Set once submitted for approval: the chosen workflow and the step that decides now. */
  approval: { workflowId: string | null; step: number | null; submittedBy: string | null; submittedAt: Date } | null;
  schedule: { date: string; time: string; zone: string; at: Date } | null;
  createdAt: Date;
  targets: Array<{
    id: string;
    profileId: string | null;
    network: string;
    text: string;
    threadParts: string[];
    firstComment: string | null;
    link: string | null;
    mediaIds: string[];
    status: (typeof postTargets.$inferSelect)['status'];
    remoteUrl: string | null;
    failureReason: string | null;
    publishedAt: Date | null;
  }>;
}

/** Posts as people and API clients see them: each target's status, link and failure reason. */
export async function postViews(db: Db | Tx, rows: Array<typeof posts.$inferSelect>): Promise<PostView[]> {
  if (rows.length === 0) return [];
  const targets = await db.select().from(postTargets).where(inArray(postTargets.postId, rows.map((r) => r.id))).orderBy(asc(postTargets.network));
  const media =
    targets.length === 0
      ? []
      : await db.select().from(postTargetMedia).where(inArray(postTargetMedia.targetId, targets.map((t) => t.id))).orderBy(asc(postTargetMedia.position));
  return rows.map((p) => ({
    id: p.id,
    status: p.status,
    text: p.text,
    authorId: p.authorId,
    paid: p.paid,
    tags: p.tags,
    campaignId: p.campaignId,
    approval: p.submittedAt ? { workflowId: p.approvalWorkflowId, step: p.approvalStep, submittedBy: p.submittedBy, submittedAt: p.submittedAt } : null,
    schedule: p.scheduledAt && p.scheduledDate && p.scheduledTime && p.scheduledZone ? { date: p.scheduledDate, time: p.scheduledTime, zone: p.scheduledZone, at: p.scheduledAt } : null,
    createdAt: p.createdAt,
    targets: targets
      .filter((t) => t.postId === p.id)
      .map((t) => ({
        id: t.id,
        profileId: t.profileId,
        network: t.network,
        text: t.text,
        threadParts: t.threadParts,
        firstComment: t.firstComment,
        link: t.link,
        mediaIds: media.filter((m) => m.targetId === t.id).map((m) => m.mediaId),
        status: t.status,
        remoteUrl: t.remoteUrl,
        failureReason: t.failureReason,
        publishedAt: t.publishedAt,
      })),
  }));
}
