import type { AdapterSession, MetricsSource, PostMetrics, ProfileMetrics } from '../adapter.ts';
import { ok, type Outcome } from '../outcome.ts';
import { authorUrn, callLinkedIn, isOrganization, restliList } from './api.ts';

interface ShareStatistics {
  impressionCount?: number;
  uniqueImpressionsCount?: number;
  clickCount?: number;
  likeCount?: number;
  commentCount?: number;
  shareCount?: number;
}

interface ShareStatisticsElement {
  share?: string;
  ugcPost?: string;
  totalShareStatistics?: ShareStatistics;
}

type MemberMetric = 'IMPRESSION' | 'REACTION' | 'COMMENT' | 'RESHARE';

/**
 * Pages: organizationalEntityShareStatistics (impressions, clicks, likes, comments, shares, for a
 * time range or per post) and networkSizes (followers) — learn.microsoft.com/linkedin,
 * "Organization Share Statistics", "Organization Follower Statistics". Members:
 * memberCreatorPostAnalytics (impressions, reactions, comments, reshares) — "Member Post
 * Statistics". LinkedIn reports no video views here; they stay null.
 */
export function createLinkedInMetrics(base: string): MetricsSource {
  return {
    profile(session, window) {
      const urn = authorUrn(session.account);
      return isOrganization(urn) ? organizationProfile(session, base, urn, window) : memberProfile(session, base, window);
    },

    async posts(session, { remoteIds }) {
      const urn = authorUrn(session.account);
      if (isOrganization(urn)) return organizationPosts(session, base, urn, remoteIds);
      const metrics: PostMetrics[] = [];
      for (const remoteId of remoteIds) {
        const kind = remoteId.startsWith('urn:li:ugcPost:') ? 'ugcPost' : 'share';
        const counts = await memberCounts(session, base, { q: 'entity' }, { entity: `(${kind}:${encodeURIComponent(remoteId)})` });
        if (counts.kind !== 'ok') return counts;
        const { IMPRESSION, REACTION, COMMENT, RESHARE } = counts.value;
        metrics.push({ remoteId, followers: null, impressions: IMPRESSION, engagements: REACTION + COMMENT + RESHARE, clicks: null, videoViews: null, likes: REACTION, comments: COMMENT, shares: RESHARE });
      }
      return ok(metrics);
    },
  };
}

async function organizationProfile(session: AdapterSession, base: string, urn: string, window: { since: Date; until: Date }): Promise<Outcome<ProfileMetrics>> {
  const size = await callLinkedIn<{ firstDegreeSize?: number }>(session, base, {
    path: `/rest/networkSizes/${encodeURIComponent(urn)}`,
    query: { edgeType: 'COMPANY_FOLLOWED_BY_MEMBER' },
    bucket: 'stats',
  });
  if (size.kind !== 'ok') return size;
  const stats = await callLinkedIn<{ elements?: ShareStatisticsElement[] }>(session, base, {
    path: '/rest/organizationalEntityShareStatistics',
    query: { q: 'organizationalEntity', organizationalEntity: urn },
    restli: { timeIntervals: `(timeRange:(start:${window.since.getTime()},end:${window.until.getTime()}),timeGranularityType:DAY)` },
    bucket: 'stats',
  });
  if (stats.kind !== 'ok') return stats;
  const total = (stats.value.data.elements ?? []).reduce<Required<ShareStatistics>>((sum, e) => addStatistics(sum, e.totalShareStatistics), emptyStatistics());
  return ok({ followers: size.value.data.firstDegreeSize ?? null, impressions: total.impressionCount, engagements: engagementsOf(total), clicks: total.clickCount, videoViews: null });
}

async function organizationPosts(session: AdapterSession, base: string, urn: string, remoteIds: string[]): Promise<Outcome<PostMetrics[]>> {
  const shares = remoteIds.filter((id) => id.startsWith('urn:li:share:'));
  const ugcPosts = remoteIds.filter((id) => id.startsWith('urn:li:ugcPost:'));
  if (shares.length + ugcPosts.length === 0) return ok([]);
  const stats = await callLinkedIn<{ elements?: ShareStatisticsElement[] }>(session, base, {
    path: '/rest/organizationalEntityShareStatistics',
    query: { q: 'organizationalEntity', organizationalEntity: urn },
    restli: { ...(shares.length ? { shares: restliList(shares) } : {}), ...(ugcPosts.length ? { ugcPosts: restliList(ugcPosts) } : {}) },
    bucket: 'stats',
  });
  if (stats.kind !== 'ok') return stats;
  return ok(
    (stats.value.data.elements ?? []).flatMap((e) => {
      const remoteId = e.share ?? e.ugcPost;
      if (!remoteId) return [];
      const s = addStatistics(emptyStatistics(), e.totalShareStatistics);
      return [{ remoteId, followers: null, impressions: s.impressionCount, engagements: engagementsOf(s), clicks: s.clickCount, videoViews: null, likes: s.likeCount, comments: s.commentCount, shares: s.shareCount }];
    }),
  );
}

async function memberProfile(session: AdapterSession, base: string, window: { since: Date; until: Date }): Promise<Outcome<ProfileMetrics>> {
  const followers = await callLinkedIn<{ elements?: Array<{ memberFollowersCount?: number }> }>(session, base, {
    path: '/rest/memberFollowersCount',
    query: { q: 'me' },
    bucket: 'stats',
  });
  // Follower counts need a permission LinkedIn grants separately; without it they are unknown, not zero.
  if (followers.kind !== 'ok' && !(followers.kind === 'rejected' && followers.code === 'access_denied')) return followers;
  const counts = await memberCounts(session, base, { q: 'me' }, { dateRange: `(start:${restliDate(window.since)},end:${restliDate(window.until)})` });
  if (counts.kind !== 'ok') return counts;
  const { IMPRESSION, REACTION, COMMENT, RESHARE } = counts.value;
  const followerCount = followers.kind === 'ok' ? (followers.value.data.elements?.[0]?.memberFollowersCount ?? null) : null;
  return ok({ followers: followerCount, impressions: IMPRESSION, engagements: REACTION + COMMENT + RESHARE, clicks: null, videoViews: null });
}

/** One memberCreatorPostAnalytics call per metric: the API answers one queryType at a time. */
async function memberCounts(session: AdapterSession, base: string, query: Record<string, string>, restli: Record<string, string>): Promise<Outcome<Record<MemberMetric, number>>> {
  const counts: Record<MemberMetric, number> = { IMPRESSION: 0, REACTION: 0, COMMENT: 0, RESHARE: 0 };
  for (const queryType of Object.keys(counts) as MemberMetric[]) {
    const read = await callLinkedIn<{ elements?: Array<{ count?: number }> }>(session, base, {
      path: '/rest/memberCreatorPostAnalytics',
      query: { ...query, queryType, aggregation: 'TOTAL' },
      restli,
      bucket: 'stats',
    });
    if (read.kind !== 'ok') return read;
    counts[queryType] = (read.value.data.elements ?? []).reduce((sum, e) => sum + (e.count ?? 0), 0);
  }
  return ok(counts);
}

function restliDate(date: Date): string {
  return `(day:${date.getUTCDate()},month:${date.getUTCMonth() + 1},year:${date.getUTCFullYear()})`;
}

function emptyStatistics(): Required<ShareStatistics> {
  return { impressionCount: 0, uniqueImpressionsCount: 0, clickCount: 0, likeCount: 0, commentCount: 0, shareCount: 0 };
}

function addStatistics(sum: Required<ShareStatistics>, s: ShareStatistics | undefined): Required<ShareStatistics> {
  return {
    impressionCount: sum.impressionCount + (s?.impressionCount ?? 0),
    uniqueImpressionsCount: sum.uniqueImpressionsCount + (s?.uniqueImpressionsCount ?? 0),
    clickCount: sum.clickCount + (s?.clickCount ?? 0),
    likeCount: sum.likeCount + (s?.likeCount ?? 0),
    commentCount: sum.commentCount + (s?.commentCount ?? 0),
    shareCount: sum.shareCount + (s?.shareCount ?? 0),
  };
}

/** LinkedIn's own `engagement` is a rate; Canopy counts the interactions behind it. */
function engagementsOf(s: Required<ShareStatistics>): number {
  return s.clickCount + s.likeCount + s.commentCount + s.shareCount;
}
