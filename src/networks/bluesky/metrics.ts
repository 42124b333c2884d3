import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { sessionAgent } from './agent.ts';
import { attempt } from './errors.ts';

/** app.bsky.feed.getPosts takes at most 25 URIs. */
const POSTS_PER_CALL = 25;

/**
 * What Bluesky's AppView counts: followers, and each post's likes, reposts, quotes and replies.
 * Bluesky does not expose impressions, link clicks or video views, so those are null, never 0.
 * A post that no longer exists is left out of the answer.
 */
export const blueskyMetrics: MetricsSource = {
  async profile(session) {
    const agent = sessionAgent(session);
    const res = await attempt(false, () => agent.app.bsky.actor.getProfile({ actor: session.account.remoteId }));
    if (res.kind !== 'ok') return res;
    return ok({ followers: res.value.data.followersCount ?? null, impressions: null, engagements: null, clicks: null, videoViews: null });
  },

  async posts(session, { remoteIds }) {
    const agent = sessionAgent(session);
    const metrics: PostMetrics[] = [];
    for (let i = 0; i < remoteIds.length; i += POSTS_PER_CALL) {
      const uris = remoteIds.slice(i, i + POSTS_PER_CALL);
      const res = await attempt(false, () => agent.app.bsky.feed.getPosts({ uris }));
      if (res.kind !== 'ok') return res;
      for (const post of res.value.data.posts) {
        const likes = post.likeCount ?? 0;
        const comments = post.replyCount ?? 0;
        const shares = (post.repostCount ?? 0) + (post.quoteCount ?? 0);
        metrics.push({
          remoteId: post.uri,
          likes,
          comments,
          shares,
          engagements: likes + comments + shares,
          followers: null,
          impressions: null,
          clicks: null,
          videoViews: null,
        });
      }
    }
    return ok(metrics);
  },
};
