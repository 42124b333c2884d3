import { UnicodeString, type $Typed, type Agent, type AppBskyEmbedExternal, type AppBskyEmbedImages, type AppBskyEmbedVideo, type AppBskyFeedPost } from '@atproto/api';
import type { MediaItem, PublishRequest } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { attempt } from './errors.ts';
import { imageSize } from './image-size.ts';

type Embed = AppBskyFeedPost.Main['embed'];

const MAX_IMAGES = 4;
const MAX_ALT_GRAPHEMES = 2000;

/** What a post's media and link may be, checked before anything is uploaded. */
function checkShape(media: MediaItem[]): string | null {
  const images = media.filter((m) => m.kind === 'image');
  const videos = media.filter((m) => m.kind === 'video');
  if (images.length && videos.length) return 'A Bluesky post holds images or a video, not both.';
  if (images.length > MAX_IMAGES) return `A Bluesky post holds at most ${MAX_IMAGES} images; this one has ${images.length}.`;
  if (videos.length > 1) return `A Bluesky post holds one video; this one has ${videos.length}.`;
  const longAlt = media.find((m) => m.altText && new UnicodeString(m.altText).graphemeLength > MAX_ALT_GRAPHEMES);
  if (longAlt) return `Alt text may be at most ${MAX_ALT_GRAPHEMES} characters on Bluesky.`;
  return null;
}

/** Uploads one file to the PDS; the blob belongs to the post once the record references it. */
async function upload(agent: Agent, item: MediaItem) {
  const bytes = await item.read();
  const blob = await attempt(false, () => agent.com.atproto.repo.uploadBlob(bytes, { encoding: item.mimeType }));
  if (blob.kind !== 'ok') return blob;
  const size = item.width && item.height ? { width: item.width, height: item.height } : item.kind === 'image' ? imageSize(bytes) : null;
  return ok({ blob: blob.value.data.blob, aspectRatio: size ?? undefined });
}

async function imagesEmbed(agent: Agent, media: MediaItem[]): Promise<Outcome<$Typed<AppBskyEmbedImages.Main>>> {
  const images: AppBskyEmbedImages.Image[] = [];
  for (const item of media) {
    const up = await upload(agent, item);
    if (up.kind !== 'ok') return up;
    images.push({ image: up.value.blob, alt: item.altText ?? '', ...(up.value.aspectRatio ? { aspectRatio: up.value.aspectRatio } : {}) });
  }
  return ok({ $type: 'app.bsky.embed.images', images });
}

/**
 * A video uploaded to the PDS and referenced from the post: the "simple method" of Bluesky's
 * "Uploading Video" tutorial. Bluesky's video service transcodes it once the post is out.
 */
async function videoEmbed(agent: Agent, item: MediaItem): Promise<Outcome<$Typed<AppBskyEmbedVideo.Main>>> {
  const up = await upload(agent, item);
  if (up.kind !== 'ok') return up;
  return ok({
    $type: 'app.bsky.embed.video',
    video: up.value.blob,
    ...(item.altText ? { alt: item.altText } : {}),
    ...(up.value.aspectRatio ? { aspectRatio: up.value.aspectRatio } : {}),
  });
}

/**
 * A link card. PublishRequest carries only the URL; the card's title and description come from
 * options.linkTitle and options.linkDescription when the caller has them, else the URL itself.
 */
function linkEmbed(link: string, options: Record<string, string> | undefined): $Typed<AppBskyEmbedExternal.Main> {
  return {
    $type: 'app.bsky.embed.external',
    external: { uri: link, title: options?.linkTitle ?? link, description: options?.linkDescription ?? '' },
  };
}

/**
 * The post's one embed: images, a video, or a link card. With media the link stays a faceted link
 * in the text, since a post cannot carry both.
 */
export async function embedFor(agent: Agent, request: Pick<PublishRequest, 'media' | 'link' | 'options'>): Promise<Outcome<Embed | undefined>> {
  const problem = checkShape(request.media);
  if (problem) return rejected(problem, 'media_shape');
  const video = request.media.find((m) => m.kind === 'video');
  if (video) return videoEmbed(agent, video);
  if (request.media.length) return imagesEmbed(agent, request.media);
  if (request.link) return ok(linkEmbed(request.link, request.options));
  return ok(undefined);
}
