import type { PublishedPost, Publisher } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callPinterest, type PinterestApi } from './client.ts';
import { PIN_TITLE_MAX } from './manifest.ts';
import { mediaSourceOf } from './media.ts';

interface Pin {
  id: string;
  created_at?: string;
  title?: string;
  description?: string;
  note?: string;
  board_id?: string;
}
interface PinList {
  items?: Pin[];
  bookmark?: string | null;
}

export const pinUrl = (id: string) => `https://www.pinterest.com/pin/${encodeURIComponent(id)}/`;

/** Pinterest writes created_at in UTC without a zone ("2026-11-21T10:00:00"); read it as UTC whatever the process's zone. */
const createdAt = (at: string) => new Date(/(Z|[+-]\d\d:?\d\d)$/.test(at) ? at : `${at}Z`);

/** Enough of the newest Pins to cover a publish window. */
const FIND_PAGES = 3;

/**
 * A Pin on a board: the profile's board, or options.boardId. The text is the description, the
 * title comes from options.title, the link is where the Pin leads, and the marker goes into the
 * Pin's private note, which only its owner sees, so find() can recognise it.
 */
export function createPinterestPublisher(api: PinterestApi): Publisher {
  return {
    async publish(session, request) {
      const boardId = request.options?.['boardId'] ?? session.account.remoteId;
      const title = request.options?.['title'];
      if (title && Array.from(title).length > PIN_TITLE_MAX) return rejected(`A Pin title has at most ${PIN_TITLE_MAX} characters.`, 'title_too_long');
      const source = await mediaSourceOf(api, session, request);
      if (source.kind !== 'ok') return source;
      const altText = request.media.find((m) => m.altText)?.altText;
      const created = await callPinterest<Pin>(api, session, {
        method: 'POST',
        path: '/pins',
        json: {
          board_id: boardId,
          description: request.text,
          note: request.marker,
          media_source: source.value,
          ...(title ? { title } : {}),
          ...(request.link ? { link: request.link } : {}),
          ...(altText ? { alt_text: altText } : {}),
        },
        write: true,
        bucket: 'write',
      });
      if (created.kind !== 'ok') return created;
      return ok({ remoteId: created.value.id, url: pinUrl(created.value.id) });
    },

    async delete(session, remoteId) {
      const deleted = await callPinterest<unknown>(api, session, { method: 'DELETE', path: `/pins/${encodeURIComponent(remoteId)}`, write: true, bucket: 'write' });
      // A Pin already gone is what we wanted.
      if (deleted.kind === 'rejected' && deleted.code === 'not_found') return ok(undefined);
      return deleted.kind === 'ok' ? ok(undefined) : deleted;
    },

    async find(session, { marker, text, after, before }) {
      let bookmark: string | undefined;
      for (let page = 0; page < FIND_PAGES; page++) {
        const listed: Outcome<PinList> = await callPinterest<PinList>(api, session, { path: '/pins', query: { page_size: '100', ...(bookmark ? { bookmark } : {}) }, write: false, bucket: 'read' });
        if (listed.kind !== 'ok') return listed;
        const pins = listed.value.items ?? [];
        const inWindow = (p: Pin) => !!p.created_at && createdAt(p.created_at) >= after && createdAt(p.created_at) <= before;
        const match = pins.find((p) => p.note === marker) ?? pins.find((p) => inWindow(p) && p.description?.trim() === text.trim());
        if (match) return ok<PublishedPost | null>({ remoteId: match.id, url: pinUrl(match.id) });
        bookmark = listed.value.bookmark ?? undefined;
        if (!bookmark) break;
      }
      return ok(null);
    },
  };
}
