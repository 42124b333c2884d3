import type { AdapterSession, Publisher, PublishRequest } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { authorUrn, callLinkedIn, listPosts, postUrl } from './api.ts';
import { createComment } from './comments.ts';
import { littleText, plainOfLittle } from './little.ts';
import { uploadImage, uploadVideo } from './media.ts';

const FIND_PAGE = 20;
const FIND_PAGES = 3;
const CLOCK_SLACK_MS = 2 * 60_000;

/**
 * Posts API (POST /rest/posts): the new post's URN comes back in the x-restli-id header. One image
 * or video goes in content.media, several images in content.multiImage, and a link alone in
 * content.article (LinkedIn does not fetch a preview for API posts, so the title is ours to give).
 */
export function createLinkedInPublisher(base: string): Publisher {
  async function contentOf(session: AdapterSession, author: string, request: PublishRequest): Promise<Outcome<Record<string, unknown> | null>> {
    const images = request.media.filter((m) => m.kind === 'image');
    const videos = request.media.filter((m) => m.kind === 'video');
    if (videos.length > 0 && (videos.length > 1 || images.length > 0)) return rejected('LinkedIn takes one video alone in a post', 'media_mix');
    if (videos[0]) {
      const video = await uploadVideo(session, base, author, videos[0]);
      if (video.kind !== 'ok') return video;
      return ok({ media: { id: video.value, ...(request.options?.title ? { title: request.options.title } : {}) } });
    }
    if (images.length > 0) {
      const uploaded: Array<{ id: string; altText?: string }> = [];
      for (const image of images) {
        const urn = await uploadImage(session, base, author, image);
        if (urn.kind !== 'ok') return urn;
        uploaded.push({ id: urn.value, ...(image.altText ? { altText: image.altText } : {}) });
      }
      return ok(uploaded.length === 1 ? { media: uploaded[0] } : { multiImage: { images: uploaded } });
    }
    if (request.link) {
      return ok({ article: { source: request.link, title: request.options?.linkTitle ?? request.link, ...(request.options?.linkDescription ? { description: request.options.linkDescription } : {}) } });
    }
    return ok(null);
  }

  return {
    async publish(session, request) {
      if (request.replyTo) return rejected('LinkedIn has no threads; post the parts separately or as comments', 'unsupported');
      const author = authorUrn(session.account);
      const content = await contentOf(session, author, request);
      if (content.kind !== 'ok') return content;
      // With media the link has no field of its own, so it goes in the text.
      const text = request.link && content.value && !('article' in content.value) && !request.text.includes(request.link) ? `${request.text}\n\n${request.link}` : request.text;
      const created = await callLinkedIn<unknown>(session, base, {
        method: 'POST',
        path: '/rest/posts',
        json: {
          author,
          commentary: littleText(text),
          visibility: 'PUBLIC',
          distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
          ...(content.value ? { content: content.value } : {}),
          lifecycleState: 'PUBLISHED',
          isReshareDisabledByAuthor: false,
        },
        write: true,
        bucket: 'posts:create',
      });
      if (created.kind !== 'ok') return created;
      const urn = created.value.headers.get('x-restli-id');
      if (!urn) return rejected('LinkedIn accepted the post but named no URN', 'no_id');
      return ok({ remoteId: urn, url: postUrl(urn) });
    },

    comment(session, { onRemoteId, text }) {
      return createComment(session, base, { postUrn: onRemoteId, text });
    },

    async delete(session, remoteId) {
      const deleted = await callLinkedIn<unknown>(session, base, {
        method: 'DELETE',
        path: `/rest/posts/${encodeURIComponent(remoteId)}`,
        headers: { 'x-restli-method': 'DELETE' },
        write: true,
        bucket: 'posts:delete',
      });
      if (deleted.kind === 'rejected' && deleted.code === 'not_found') return ok(undefined);
      return deleted.kind === 'ok' ? ok(undefined) : deleted;
    },

    /**
     * Reads the profile's recent posts (q=author) and compares their commentary with the text we
     * sent. Reading a member's own posts needs r_member_social, which LinkedIn grants only to
     * approved partners: without it LinkedIn answers 403, returned here as rejected so the post is
     * checked by a person rather than posted twice.
     */
    async find(session, { text, after, before }) {
      const wanted = comparable(text);
      for (let page = 0; page < FIND_PAGES; page++) {
        const listed = await listPosts(session, base, { start: page * FIND_PAGE, count: FIND_PAGE });
        if (listed.kind !== 'ok') return listed;
        const posts = listed.value.data.elements ?? [];
        for (const post of posts) {
          const at = post.publishedAt ?? post.createdAt ?? 0;
          const inWindow = at >= after.getTime() - CLOCK_SLACK_MS && at <= before.getTime() + CLOCK_SLACK_MS;
          const shown = comparable(plainOfLittle(post.commentary ?? ''));
          if (inWindow && (wanted ? shown.startsWith(wanted) : shown === '')) return ok({ remoteId: post.id, url: postUrl(post.id) });
        }
        if (posts.length < FIND_PAGE) break;
      }
      return ok(null);
    },
  };
}

function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

