import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { postTargetMedia, postTargets } from '../../db/schema.ts';

export interface VariantInput {
  text?: string | undefined;
  threadParts?: string[] | undefined;
  firstComment?: string | undefined;
  link?: string | undefined;
  options?: Record<string, string> | undefined;
  /** This network's media instead of the post's, in order. */
  mediaIds?: string[] | undefined;
}

/** Stores one profile's target of a post, with its media in order. */
export async function insertTarget(
  tx: Tx,
  input: { postId: string; workspaceId: string; profile: { id: string; network: string }; text: string; variant: VariantInput; mediaIds: readonly string[]; status: 'draft' | 'scheduled' },
): Promise<string> {
  const { variant } = input;
  const [target] = await tx
    .insert(postTargets)
    .values({
      postId: input.postId,
      workspaceId: input.workspaceId,
      profileId: input.profile.id,
      network: input.profile.network,
      text: variant.text ?? input.text,
      threadParts: variant.threadParts ?? [],
      firstComment: variant.firstComment ?? null,
      link: variant.link ?? null,
      options: variant.options ?? {},
      status: input.status,
      marker: `cnp${randomBytes(9).toString('base64url')}`,
    })
    .returning({ id: postTargets.id });
  await setTargetMedia(tx, target!.id, variant.mediaIds ?? input.mediaIds);
  return target!.id;
}

/** Replaces a target's media with these, in this order. */
export async function setTargetMedia(tx: Tx, targetId: string, mediaIds: readonly string[]): Promise<void> {
  await tx.delete(postTargetMedia).where(eq(postTargetMedia.targetId, targetId));
  if (mediaIds.length > 0) await tx.insert(postTargetMedia).values(mediaIds.map((mediaId, position) => ({ targetId, position, mediaId })));
}
