import { eq } from 'drizzle-orm';
import { postTargets } from '../../db/schema.ts';
import type { MediaItem, PublishedPost, PublishRequest } from '../../networks/adapter.ts';
import type { Outcome } from '../../networks/outcome.ts';
import { AppError } from '../errors.ts';
import { prepareTargetLinks } from '../links/prepare-target-links.ts';
import { withProfileSession } from '../profiles/profile-session.ts';
import type { AppContext } from '../types.ts';
import { retryDelayMs } from './backoff.ts';
import { keepLease } from './keep-lease.ts';
import { claimTarget } from './claim-target.ts';
import { markPublished } from './mark-published.ts';
import { whenCallFree } from './network-calls.ts';
import { attemptsOf, finishAttempt, partState, startAttempt, type Attempt } from './ledger.ts';
import { settlePost } from './settle-post.ts';
import { targetMedia } from './target-media.ts';
import { FIRST_COMMENT, partsOf, type TargetPart } from './target-parts.ts';

/** What the job does next. */
export type PublishStep = { kind: 'done' } | { kind: 'retry'; at: Date; reason: string } | { kind: 'busy' };

/** Renewed while the worker works (keepLease), so a worker that dies frees its target this soon after. */
const LEASE_MS = 30_000;
/** How far before an attempt's start a post it made may carry its own timestamp. */
const FIND_SLACK_MS = 2 * 60_000;
/** A call that may have happened is looked for after this pause, so the network has time to show it. */
const RECONCILE_AFTER_MS = 15_000;

type Target = typeof postTargets.$inferSelect;

/**
 * Publishes one target of a post exactly once. Each network call is preceded by a ledger row; a
 * part whose last call may have happened (its worker died, or the answer was `unknown`) is first
 * looked for on the network, and published again only when it is not there. Parts go in order:
 * the post, its thread parts as replies, then the first comment.
 */
export async function publishTarget(ctx: AppContext, input: { targetId: string; worker: string; dueAt?: Date }): Promise<PublishStep> {
  const claimed = await claimTarget(ctx.db, { ...input, now: ctx.now(), leaseMs: LEASE_MS });
  if (!claimed) return { kind: 'busy' };
  const { target } = claimed;
  const stopLease = keepLease(ctx, { targetId: target.id, worker: input.worker, leaseMs: LEASE_MS });
  try {
    // Campaign UTM parameters and short links are applied as the parts go out, the same on every
    // attempt. The ledger and the media are read meanwhile. Each is read only when the claim saw
    // some: a target never tried before, without media and without links to work, reads nothing.
    const [prepared, attempts, media] = await Promise.all([
      claimed.hasLinkWork ? prepareTargetLinks(ctx, target) : target,
      claimed.hasAttempts ? attemptsOf(ctx.db, target.id) : [],
      claimed.hasMedia ? targetMedia(ctx, target.id) : [],
    ]);
    const step = await publishParts(ctx, prepared, attempts, media);
    // A settled target let its lease go in the statement that settled it.
    if (step.kind === 'retry') await ctx.db.update(postTargets).set({ leaseOwner: null, leaseUntil: null }).where(eq(postTargets.id, target.id));
    await settlePost(ctx.db, target.postId);
    return step;
  } catch (err) {
    // Let the lease go so a retry need not wait for it; the ledger keeps what is known.
    await ctx.db.update(postTargets).set({ leaseOwner: null, leaseUntil: null }).where(eq(postTargets.id, target.id));
    throw err;
  } finally {
    stopLease();
  }
}

async function publishParts(ctx: AppContext, target: Target, attempts: Attempt[], media: MediaItem[]): Promise<PublishStep> {
  const adapter = ctx.networks.get(target.network);
  const publisher = adapter?.publisher;
  if (!publisher) return fail(ctx, target, `Canopy cannot publish to ${target.network}.`);
  const profileId = target.profileId;
  if (!profileId) return fail(ctx, target, 'The profile was removed before this post was published.');
  const parts = partsOf(target);
  let root: { remoteId: string; url: string | null } | null = null;
  let previous: string | null = null;

  for (const part of parts) {
    const state = partState(attempts, part.part);
    let landed: PublishedPost | null = state.kind === 'landed' ? { remoteId: state.remoteId, url: state.remoteUrl } : null;
    if (!landed && state.kind === 'maybe') {
      const wait = state.since.getTime() + RECONCILE_AFTER_MS - ctx.now().getTime();
      if (wait > 0) return { kind: 'retry', at: new Date(ctx.now().getTime() + wait), reason: 'waiting to look for a post that may have been published' };
      const found = await reconcile(ctx, target, profileId, part, state.since);
      if (found.kind !== 'found') return found;
      landed = found.post;
    }
    if (!landed) {
      const request: PublishRequest = {
        text: part.text,
        media: part.part === 0 ? media : [],
        marker: part.marker,
        ...(target.link && part.part === 0 ? { link: target.link } : {}),
        ...(root && previous ? { replyTo: { remoteId: previous, rootId: root.remoteId } } : {}),
        options: target.options,
      };
      const attemptId = await startAttempt(ctx.db, { targetId: target.id, part: part.part, now: ctx.now() });
      const outcome: Outcome<PublishedPost> = await withProfileSession(ctx, profileId, (session) =>
        whenCallFree(ctx.config.publishConcurrency, () =>
          part.part === FIRST_COMMENT && publisher.comment && root
            ? publisher.comment(session, { onRemoteId: root.remoteId, text: part.text })
            : publisher.publish(session, request),
        ),
      ).catch((err: unknown) => {
        if (err instanceof AppError) return { kind: 'rejected' as const, reason: err.message };
        throw err;
      });
      const now = ctx.now();
      if (outcome.kind === 'ok') {
        await finishAttempt(ctx.db, attemptId, { outcome: 'ok', now, remoteId: outcome.value.remoteId, remoteUrl: outcome.value.url });
        landed = outcome.value;
      } else {
        await finishAttempt(ctx.db, attemptId, { outcome: outcome.kind, now, reason: outcome.reason });
        const failures = attempts.filter((a) => a.part === part.part && a.outcome === 'transient').length + 1;
        switch (outcome.kind) {
          case 'unknown':
            return { kind: 'retry', at: new Date(now.getTime() + RECONCILE_AFTER_MS), reason: outcome.reason };
          case 'transient':
            return { kind: 'retry', at: new Date(now.getTime() + retryDelayMs(failures)), reason: outcome.reason };
          case 'rate_limited':
            return { kind: 'retry', at: outcome.retryAt, reason: outcome.reason };
          case 'rejected':
          case 'unauthorized':
            return fail(ctx, target, outcome.reason);
        }
      }
    }
    if (part.part === 0) {
      root = { remoteId: landed.remoteId, url: landed.url };
      // With more parts to go, the post's address is shown at once; else the last update writes it.
      if (parts.length > 1) await ctx.db.update(postTargets).set({ remoteId: landed.remoteId, remoteUrl: landed.url }).where(eq(postTargets.id, target.id));
    }
    previous = landed.remoteId;
  }
  await markPublished(ctx.db, { targetId: target.id, at: ctx.now(), root });
  return { kind: 'done' };
}

/** Looks on the network for a part that may have been published; records what it finds. */
async function reconcile(ctx: AppContext, target: Target, profileId: string, part: TargetPart, since: Date): Promise<{ kind: 'found'; post: PublishedPost | null } | { kind: 'retry'; at: Date; reason: string }> {
  const publisher = ctx.networks.get(target.network)!.publisher!;
  const now = ctx.now();
  const found = await withProfileSession(ctx, profileId, (session) =>
    whenCallFree(ctx.config.publishConcurrency, () =>
      publisher.find(session, { marker: part.marker, text: part.text, after: new Date(since.getTime() - FIND_SLACK_MS), before: new Date(now.getTime() + FIND_SLACK_MS) }),
    ),
  );
  if (found.kind !== 'ok') {
    // Not knowing is no licence to publish again: look again later.
    const at = found.kind === 'rate_limited' ? found.retryAt : new Date(now.getTime() + retryDelayMs(1));
    return { kind: 'retry', at, reason: `could not look for the post yet: ${found.reason}` };
  }
  const attemptId = await startAttempt(ctx.db, { targetId: target.id, part: part.part, now });
  if (found.value) {
    await finishAttempt(ctx.db, attemptId, { outcome: 'found', now: ctx.now(), remoteId: found.value.remoteId, remoteUrl: found.value.url });
    return { kind: 'found', post: found.value };
  }
  await finishAttempt(ctx.db, attemptId, { outcome: 'not_found', now: ctx.now() });
  return { kind: 'found', post: null };
}

async function fail(ctx: AppContext, target: Target, reason: string): Promise<PublishStep> {
  await ctx.db.update(postTargets).set({ status: 'failed', failureReason: reason, leaseOwner: null, leaseUntil: null }).where(eq(postTargets.id, target.id));
  return { kind: 'done' };
}
