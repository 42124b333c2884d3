import type { mastodon } from 'masto';
import type { AdapterSession, MetricsSource, PostMetrics } from '../adapter.ts';
import { ok, type Outcome } from '../outcome.ts';
import { sessionCall } from './client.ts';

/** GET /api/v1/statuses takes several ids at once (Mastodon 4.3); older instances answer it 404. */
const BATCH = 40;

/**
 * Mastodon counts favourites, boosts and replies per status, and followers per account. It has no
 * impressions, clicks or views: those stay null rather than zero.
 */
export function createMastodonMetrics(defaultBase: string): MetricsSource {
  return {
    async profile(session) {
      const me = await sessionCall<mastodon.v1.CredentialAccount>(session, defaultBase, { path: '/api/v1/accounts/verify_credentials' });
      if (me.kind !== 'ok') return me;
      return ok({ followers: me.value.data.followersCount, impressions: null, engagements: null, clicks: null, videoViews: null });
    },

    async posts(session, { remoteIds }) {
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < remoteIds.length; i += BATCH) {
        const statuses = await readStatuses(session, defaultBase, remoteIds.slice(i, i + BATCH));
        if (statuses.kind !== 'ok') return statuses;
        metrics.push(...statuses.value.map(metricsOf));
      }
      return ok(metrics);
    },
  };
}

async function readStatuses(session: AdapterSession, base: string, ids: string[]): Promise<Outcome<mastodon.v1.Status[]>> {
  const query = new URLSearchParams(ids.map((id) => ['id[]', id]));
  const batch = await sessionCall<mastodon.v1.Status[]>(session, base, { path: '/api/v1/statuses', query });
  if (batch.kind === 'ok') return ok(batch.value.data);
  if (batch.kind !== 'rejected' || batch.code !== 'not_found') return batch;
  const statuses: mastodon.v1.Status[] = [];
  for (const id of ids) {
    const one = await sessionCall<mastodon.v1.Status>(session, base, { path: `/api/v1/statuses/${encodeURIComponent(id)}` });
    if (one.kind === 'ok') statuses.push(one.value.data);
    else if (one.kind !== 'rejected' || one.code !== 'not_found') return one; // a deleted post has no metrics
  }
  return ok(statuses);
}

function metricsOf(status: mastodon.v1.Status): PostMetrics {
  return {
    remoteId: status.id,
    followers: null,
    impressions: null,
    clicks: null,
    videoViews: null,
    likes: status.favouritesCount,
    comments: status.repliesCount,
    shares: status.reblogsCount,
    engagements: status.favouritesCount + status.repliesCount + status.reblogsCount,
  };
}
