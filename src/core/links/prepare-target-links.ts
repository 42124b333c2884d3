import { and, eq } from 'drizzle-orm';
import { campaigns, posts, profiles, workspaces, type postTargets } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { AppContext } from '../types.ts';
import { decorateLink, fillUtm, findLinks, replaceLinks } from './decorate-links.ts';
import { shortenerFor } from './shorteners/shortener-for.ts';

type Target = typeof postTargets.$inferSelect;

/**
 * The target as it goes out: in a campaign, its link and every http(s) link in its text carry the
 * campaign's UTM parameters, filled for this target's network and profile; with a shortener on,
 * each link is then shortened. A link the shortener cannot shorten goes out long.
 */
export async function prepareTargetLinks(ctx: AppContext, target: Target): Promise<Target> {
  // The post's campaign and the workspace's link settings, in one read.
  const [row] = await ctx.db
    .select({ links: workspaces.links, campaign: { name: campaigns.name, utm: campaigns.utm } })
    .from(workspaces)
    .leftJoin(posts, and(eq(posts.id, target.postId), eq(posts.workspaceId, workspaces.id)))
    .leftJoin(campaigns, and(eq(campaigns.id, posts.campaignId), eq(campaigns.workspaceId, posts.workspaceId)))
    .where(eq(workspaces.id, target.workspaceId));
  if (!row) throw notFound('The workspace');
  const campaign = row.campaign;
  const [profile] = campaign && target.profileId ? await ctx.db.select({ handle: profiles.handle }).from(profiles).where(eq(profiles.id, target.profileId)) : [];
  const utm = campaign ? fillUtm(campaign.utm, { network: target.network, profile: profile?.handle ?? '', campaign: campaign.name }) : [];
  const shortener = shortenerFor(ctx, target.workspaceId, row.links);
  if (utm.length === 0 && !shortener) return target;

  const texts = [target.text, ...target.threadParts, target.firstComment ?? ''];
  const links = [...new Set([...(target.link ? [target.link] : []), ...texts.flatMap(findLinks)])];
  const final = new Map<string, string>();
  for (const link of links) {
    const decorated = decorateLink(link, utm);
    final.set(link, (await shortener?.shorten(decorated)) ?? decorated);
  }
  const swap = (text: string) => replaceLinks(text, (link) => final.get(link) ?? link);
  return {
    ...target,
    text: swap(target.text),
    threadParts: target.threadParts.map(swap),
    firstComment: target.firstComment === null ? null : swap(target.firstComment),
    link: target.link === null ? null : (final.get(target.link) ?? target.link),
  };
}
