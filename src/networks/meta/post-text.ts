import type { PublishedPost } from '../adapter.ts';
import { ok, type Outcome } from '../outcome.ts';
import { unixSeconds, type GraphClient, type GraphList } from './graph-api.ts';

/**
 * Text rules the Meta publishers share: putting a link where the network has no field for it, and
 * recognising a post we published after a timeout. None of Meta's networks keeps hidden metadata on
 * a post, so the marker cannot travel with it; find() matches the text within the time window.
 */

/** The text with the link at its end, unless the text already carries it. */
export function withLink(text: string, link: string | undefined): string {
  if (!link || text.includes(link)) return text;
  return text ? `${text}\n\n${link}` : link;
}

/** Networks trim, normalise line ends and sometimes Unicode form; compare what survives that. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
}

/** The first post whose text is ours (with or without the link withLink added), or that carries our marker. */
export function findPublished<T>(posts: T[], textOf: (post: T) => string | undefined, want: { marker: string; text: string }): T | undefined {
  const text = comparableText(want.text);
  return posts.find((post) => {
    const candidate = textOf(post);
    if (candidate === undefined) return false;
    const got = comparableText(candidate);
    const ours = text !== '' && (got === text || (got.startsWith(`${text}\n\n`) && /^https?:\/\/\S+$/.test(got.slice(text.length + 2))));
    return ours || (want.marker !== '' && got.includes(want.marker));
  });
}

export interface RecentPosts<T> {
  /** The profile's list of posts, e.g. "{page-id}/published_posts". */
  path: string;
  fields: string;
  textOf(post: T): string | undefined;
  urlOf(post: T): string | null;
}

/** find(): our post among those the profile published within the time window, or null. */
export async function findRecentPost<T extends { id: string }>(graph: GraphClient, list: RecentPosts<T>, want: { marker: string; text: string; after: Date; before: Date }): Promise<Outcome<PublishedPost | null>> {
  const posts = await graph.get<GraphList<T>>(list.path, { fields: list.fields, since: unixSeconds(want.after), until: unixSeconds(want.before), limit: 50 });
  if (posts.kind !== 'ok') return posts;
  const found = findPublished(posts.value.data, list.textOf, want);
  return ok(found ? { remoteId: found.id, url: list.urlOf(found) } : null);
}
