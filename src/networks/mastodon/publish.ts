import type { mastodon } from 'masto';
import type { AdapterSession, PublishedPost, Publisher, PublishRequest } from '../adapter.ts';
import { ok, type Outcome } from '../outcome.ts';
import { sessionBase, sessionCall } from './client.ts';
import { readInstanceLimits } from './instance.ts';
import { uploadMedia } from './media.ts';
import { comparableText, textOfHtml, withLink } from './text.ts';

const VISIBILITIES = new Set(['public', 'unlisted', 'private', 'direct']);
/** How far back find() pages through the account's own statuses. */
const FIND_PAGES = 5;
const PAGE_SIZE = 40;
/** Clock difference allowed between Canopy and the instance when matching a time window. */
const CLOCK_SLACK_MS = 2 * 60_000;

export function createMastodonPublisher(defaultBase: string): Publisher {
  const baseOf = (session: AdapterSession) => sessionBase(session, defaultBase);

  async function postStatus(session: AdapterSession, body: Record<string, unknown>, idempotencyKey?: string): Promise<Outcome<PublishedPost>> {
    const posted = await sessionCall<mastodon.v1.Status>(session, baseOf(session), {
      method: 'POST',
      path: '/api/v1/statuses',
      json: body,
      // Mastodon keeps Idempotency-Key for an hour: a retry with the same marker returns the first
      // status instead of posting twice.
      ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
      write: true,
      bucket: 'statuses',
    });
    if (posted.kind !== 'ok') return posted;
    return ok(publishedOf(posted.value.data));
  }

  return {
    async publish(session, request: PublishRequest) {
      const base = baseOf(session);
      let mediaIds: string[] = [];
      if (request.media.length > 0) {
        const limits = await readInstanceLimits(session.http, base);
        if (limits.kind !== 'ok') return limits;
        const uploaded = await uploadMedia(session, base, request.media, limits.value);
        if (uploaded.kind !== 'ok') return uploaded;
        mediaIds = uploaded.value;
      }
      const visibility = request.options?.visibility;
      return postStatus(
        session,
        {
          status: withLink(request.text, request.link),
          ...(mediaIds.length ? { media_ids: mediaIds } : {}),
          ...(request.replyTo ? { in_reply_to_id: request.replyTo.remoteId } : {}),
          visibility: visibility && VISIBILITIES.has(visibility) ? visibility : 'public',
          ...(request.options?.language ? { language: request.options.language } : {}),
          ...(request.options?.contentWarning ? { spoiler_text: request.options.contentWarning } : {}),
        },
        request.marker,
      );
    },

    comment(session, { onRemoteId, text }) {
      return postStatus(session, { status: text, in_reply_to_id: onRemoteId, visibility: 'public' });
    },

    async delete(session, remoteId) {
      const deleted = await sessionCall<mastodon.v1.Status>(session, baseOf(session), {
        method: 'DELETE',
        path: `/api/v1/statuses/${encodeURIComponent(remoteId)}`,
        write: true,
        bucket: 'delete',
      });
      // Already gone is what was asked for.
      if (deleted.kind === 'rejected' && deleted.code === 'not_found') return ok(undefined);
      return deleted.kind === 'ok' ? ok(undefined) : deleted;
    },

    /**
     * Mastodon keeps no hidden field for our marker, so the account's own recent statuses are
     * compared with the text we sent, within the time window.
     */
    async find(session, { text, after, before }) {
      const wanted = comparableText(text);
      let maxId: string | null = null;
      for (let page = 0; page < FIND_PAGES; page++) {
        const query = new URLSearchParams({ limit: String(PAGE_SIZE), exclude_reblogs: 'true' });
        if (maxId) query.set('max_id', maxId);
        const listed = await sessionCall<mastodon.v1.Status[]>(session, baseOf(session), {
          path: `/api/v1/accounts/${encodeURIComponent(session.account.remoteId)}/statuses`,
          query,
        });
        if (listed.kind !== 'ok') return listed;
        const statuses = listed.value.data;
        for (const status of statuses) {
          const at = new Date(status.createdAt).getTime();
          const inWindow = at >= after.getTime() - CLOCK_SLACK_MS && at <= before.getTime() + CLOCK_SLACK_MS;
          const shown = comparableText(textOfHtml(status.content));
          // A post of media alone has no text to compare: only another textless status matches it.
          if (inWindow && (wanted ? shown.startsWith(wanted) : shown === '')) return ok(publishedOf(status));
        }
        const oldest = statuses[statuses.length - 1];
        if (!oldest || statuses.length < PAGE_SIZE || new Date(oldest.createdAt).getTime() < after.getTime() - CLOCK_SLACK_MS) break;
        maxId = oldest.id;
      }
      return ok(null);
    },
  };
}

function publishedOf(status: Pick<mastodon.v1.Status, 'id' | 'url' | 'uri'>): PublishedPost {
  return { remoteId: status.id, url: status.url ?? status.uri ?? null };
}
