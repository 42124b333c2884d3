import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { posts, postTargets } from '../../db/schema.ts';

export interface PostView {
  id: string;
  status: (typeof posts.$inferSelect)['status'];
  text: string;
  authorId: string | null;
  schedule: { date: string; time: string; zone: string; at: Date } | null;
  createdAt: Date;
  targets: Array<{
    id: string;
    profileId: string | null;
    network: string;
    text: string;
    threadParts: string[];
    firstComment: string | null;
    status: (typeof postTargets.$inferSelect)['status'];
    remoteUrl: string | null;
    failureReason: string | null;
    publishedAt: Date | null;
  }>;
}

/** Posts as people and API clients see them: each target's status, link and failure reason. */
export async function postViews(db: Db, rows: Array<typeof posts.$inferSelect>): Promise<PostView[]> {
  if (rows.length === 0) return [];
  const targets = await db.select().from(postTargets).where(inArray(postTargets.postId, rows.map((r) => r.id))).orderBy(asc(postTargets.network));
  return rows.map((p) => ({
    id: p.id,
    status: p.status,
    text: p.text,
    authorId: p.authorId,
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
        status: t.status,
        remoteUrl: t.remoteUrl,
        failureReason: t.failureReason,
        publishedAt: t.publishedAt,
      })),
  }));
}
