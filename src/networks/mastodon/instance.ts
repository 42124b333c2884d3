import type { mastodon } from 'masto';
import type { MediaItem } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import type { NetworkManifest } from '../manifest.ts';
import { ok, type Outcome } from '../outcome.ts';
import { callMastodon, instanceUrl } from './client.ts';
import { mastodonManifest } from './manifest.ts';

/** What one instance accepts, from its GET /api/v2/instance, with Mastodon's defaults where it is silent. */
export interface InstanceLimits {
  maxCharacters: number;
  charactersReservedPerUrl: number;
  maxMediaAttachments: number;
  supportedMimeTypes: string[];
  imageSizeLimit: number;
  videoSizeLimit: number;
  /** Width × height, in pixels. */
  imageMatrixLimit: number | null;
  videoMatrixLimit: number | null;
}

type PartialConfiguration = {
  statuses?: Partial<mastodon.v2.InstanceStatusesConfiguration>;
  mediaAttachments?: Partial<mastodon.v2.InstanceMediaAttachmentsConfiguration>;
};

/** Reads the limits an instance publishes; any instance may differ from mastodon.social. */
export async function readInstanceLimits(http: NetworkHttp, serviceUrl: string): Promise<Outcome<InstanceLimits>> {
  const answer = await callMastodon<{ configuration?: PartialConfiguration }>(http, instanceUrl(serviceUrl), { path: '/api/v2/instance', bucket: 'instance' });
  if (answer.kind !== 'ok') return answer;
  const statuses = answer.value.data.configuration?.statuses ?? {};
  const media = answer.value.data.configuration?.mediaAttachments ?? {};
  const defaults = mastodonManifest;
  return ok({
    maxCharacters: positive(statuses.maxCharacters) ?? defaults.text.maxLength,
    charactersReservedPerUrl: positive(statuses.charactersReservedPerUrl) ?? defaults.text.urlLength ?? 23,
    maxMediaAttachments: positive(statuses.maxMediaAttachments) ?? defaults.media.maxCount,
    supportedMimeTypes: Array.isArray(media.supportedMimeTypes) && media.supportedMimeTypes.length ? media.supportedMimeTypes : [...(defaults.media.image?.types ?? []), ...(defaults.media.video?.types ?? [])],
    imageSizeLimit: positive(media.imageSizeLimit) ?? defaults.media.image?.maxBytes ?? 0,
    videoSizeLimit: positive(media.videoSizeLimit) ?? defaults.media.video?.maxBytes ?? 0,
    imageMatrixLimit: positive(media.imageMatrixLimit) ?? null,
    videoMatrixLimit: positive(media.videoMatrixLimit) ?? null,
  });
}

/** The part of an instance's limits the manifest contract can carry. */
export function liveTextLimits(limits: InstanceLimits): Partial<NetworkManifest['text']> & { mediaMaxCount: number } {
  return { maxLength: limits.maxCharacters, counting: 'codepoints', urlLength: limits.charactersReservedPerUrl, mediaMaxCount: limits.maxMediaAttachments };
}

/** Why the instance would refuse this file, before uploading it; null when it fits. */
export function mediaRefusal(limits: InstanceLimits, item: MediaItem, size: number): string | null {
  if (!limits.supportedMimeTypes.includes(item.mimeType)) return `This instance does not accept ${item.mimeType} files`;
  const maxBytes = item.kind === 'video' ? limits.videoSizeLimit : limits.imageSizeLimit;
  if (maxBytes && size > maxBytes) return `The ${item.kind} is ${mb(size)} MB; this instance accepts up to ${mb(maxBytes)} MB`;
  const matrix = item.kind === 'video' ? limits.videoMatrixLimit : limits.imageMatrixLimit;
  if (matrix && item.width && item.height && item.width * item.height > matrix) {
    return `The ${item.kind} is ${item.width}×${item.height} pixels; this instance accepts up to ${matrix} pixels in all`;
  }
  return null;
}

function positive(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
