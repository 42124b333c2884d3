import type { AdapterSession, PublishedPost } from '../adapter.ts';
import { ok, type Outcome } from '../outcome.ts';
import { POST, postUrl, sessionAgent } from './agent.ts';
import { attempt } from './errors.ts';

/**
 * The field Canopy adds to the post records it writes, so a post whose publish timed out can be
 * recognised. Lexicons are open: the atproto Lexicon spec asks readers to ignore fields they do not
 * know, so apps never show it, and the PDS stores it with the record.
 */
export const MARKER_FIELD = 'canopyMarker';

const PAGE = 100;
const MAX_PAGES = 10;
/** createdAt is the client's clock; allow for it being a little off the window's. */
const SLACK_MS = 5 * 60_000;

interface ListedPost {
  uri: string;
  value: { text?: unknown; createdAt?: unknown; [MARKER_FIELD]?: unknown };
}

function matches(post: ListedPost, input: { marker: string; text: string; after: Date; before: Date }): boolean {
  const marker = post.value[MARKER_FIELD];
  if (typeof marker === 'string') return marker === input.marker;
  // A post without a marker was written elsewhere; only its exact text inside the window counts.
  const created = typeof post.value.createdAt === 'string' ? Date.parse(post.value.createdAt) : NaN;
  return (
    post.value.text === input.text &&
    created >= input.after.getTime() - SLACK_MS &&
    created <= input.before.getTime() + SLACK_MS
  );
}

/**
 * Looks through the account's own repo, newest first (com.atproto.repo.listRecords needs no
 * AppView), for a post Canopy may have published: one carrying the marker, or without a marker but
 * with the exact text in the window. A post with another marker is another publish, never this one.
 */
export async function findPost(
  session: AdapterSession,
  input: { marker: string; text: string; after: Date; before: Date },
): Promise<Outcome<PublishedPost | null>> {
  const agent = sessionAgent(session);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await attempt(false, () =>
      agent.com.atproto.repo.listRecords({ repo: session.account.remoteId, collection: POST, limit: PAGE, ...(cursor ? { cursor } : {}) }),
    );
    if (res.kind !== 'ok') return res;
    const records = res.value.data.records as ListedPost[];
    const found = records.find((r) => matches(r, input));
    if (found) return ok({ remoteId: found.uri, url: postUrl(found.uri) });
    const oldest = records.at(-1)?.value.createdAt;
    const pastWindow = typeof oldest === 'string' && Date.parse(oldest) < input.after.getTime() - SLACK_MS;
    if (!res.value.data.cursor || records.length < PAGE || pastWindow) break;
    cursor = res.value.data.cursor;
  }
  return ok(null);
}
