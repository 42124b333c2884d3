import type { MediaItem } from '../adapter.ts';
import { ok, rateLimited, rejected, transient, type Failure, type Outcome } from '../outcome.ts';
import { idOf, type GraphClient, type GraphList, type GraphParams } from './graph-api.ts';

/**
 * The container flow Instagram and Threads share (Meta docs: "Instagram Platform › Content
 * Publishing", "Threads API › Posts", "Threads API › Troubleshooting"): read the publishing quota
 * first, create a container per media item (Meta fetches the media from its public URL), wait until
 * Meta has processed it, then publish it. Containers are invisible until published, so only the
 * publish call can leave behind a post nobody knows about.
 */
export interface PublishingLimit {
  quota_usage?: number;
  config?: { quota_total?: number; quota_duration?: number };
  reply_quota_usage?: number;
  reply_config?: { quota_total?: number; quota_duration?: number };
}

export interface QuotaCheck {
  /** The limit edge, e.g. "{ig-user-id}/content_publishing_limit". */
  path: string;
  kind: 'posts' | 'replies';
  /** What the quota is called in the reason shown to people. */
  label: string;
  now: Date;
}

/**
 * Meta counts the quota over a moving 24 hours and does not say when the oldest post leaves it, so
 * a spent quota is looked at again in an hour.
 */
const QUOTA_RECHECK_MS = 60 * 60_000;

/** rate_limited when the quota is used up, so no container is created for a post Meta would refuse. */
export async function ensureQuota(graph: GraphClient, check: QuotaCheck): Promise<Outcome<void>> {
  const fields = check.kind === 'posts' ? 'quota_usage,config' : 'reply_quota_usage,reply_config';
  const limit = await graph.get<GraphList<PublishingLimit>>(check.path, { fields });
  if (limit.kind !== 'ok') return limit;
  const row = limit.value.data[0];
  const used = check.kind === 'posts' ? row?.quota_usage : row?.reply_quota_usage;
  const total = check.kind === 'posts' ? row?.config?.quota_total : row?.reply_config?.quota_total;
  if (used !== undefined && total !== undefined && used >= total) {
    return rateLimited(new Date(check.now.getTime() + QUOTA_RECHECK_MS), `${check.label}: ${used} of ${total} used in the last 24 hours`);
  }
  return ok(undefined);
}

/** Creates a container; a timeout here leaves nothing visible behind, so it is transient. */
export async function createContainer(graph: GraphClient, path: string, params: GraphParams): Promise<Outcome<string>> {
  const created = await graph.post<unknown>(path, params, { write: false });
  if (created.kind !== 'ok') return created;
  const id = idOf(created.value);
  return id ? ok(id) : transient('Meta accepted the media but returned no container id');
}

/** What an Instagram or Threads publisher is built with. */
export interface ContainerPublishing {
  baseUrl: string;
  /** Pauses before each look at a container's status; tests shorten them. */
  containerDelaysMs?: number[];
  now?: () => Date;
}

/** Meta suggests looking once a minute for up to five minutes; images and text are usually ready at once. */
export const CONTAINER_DELAYS_MS = [0, 3_000, 10_000, 30_000, 60_000, 60_000, 60_000, 60_000];

export interface ContainerWait {
  /** Instagram reports `status_code`, Threads `status`. */
  statusField: 'status_code' | 'status';
  /** Pauses before each look; Meta suggests looking about once a minute for up to five minutes. */
  delaysMs: number[];
  sleep?: (ms: number) => Promise<void>;
}

interface ContainerStatus {
  status_code?: string;
  status?: string;
  error_message?: string;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until Meta has fetched and processed the container's media. */
export async function waitForContainer(graph: GraphClient, containerId: string, wait: ContainerWait): Promise<Outcome<void>> {
  const sleep = wait.sleep ?? pause;
  const fields = wait.statusField === 'status' ? 'status,error_message' : 'status_code,status';
  for (const delay of wait.delaysMs) {
    if (delay > 0) await sleep(delay);
    const read = await graph.get<ContainerStatus>(containerId, { fields });
    if (read.kind !== 'ok') return read;
    const state = wait.statusField === 'status' ? read.value.status : read.value.status_code;
    if (state === 'FINISHED' || state === 'PUBLISHED') return ok(undefined);
    if (state === 'ERROR' || state === 'EXPIRED') {
      const detail = read.value.error_message ?? (wait.statusField === 'status_code' ? read.value.status : undefined);
      return rejected(`Meta could not process the media (${state}${detail ? `: ${detail}` : ''})`, 'media_processing');
    }
  }
  return transient('Meta is still processing the media');
}

/** Publishes a finished container; a timeout here may have published it, so it is unknown. */
export async function publishContainer(graph: GraphClient, path: string, containerId: string): Promise<Outcome<string>> {
  const published = await graph.post<unknown>(path, { creation_id: containerId });
  if (published.kind !== 'ok') return published;
  const id = idOf(published.value);
  return id ? ok(id) : transient('Meta published the post but returned no id');
}

/** The post's permalink; the post exists whatever this answers, so a failed read gives null. */
export async function permalinkOf(graph: GraphClient, mediaId: string): Promise<string | null> {
  const read = await graph.get<{ permalink?: string }>(mediaId, { fields: 'permalink' });
  return read.kind === 'ok' ? (read.value.permalink ?? null) : null;
}

/** rejected before any call when an item has no public URL for Meta to fetch it from. */
export function refuseWithoutPublicUrl(media: MediaItem[], network: string): Failure | null {
  if (media.every((m) => m.publicUrl)) return null;
  return rejected(`${network} fetches media from a public URL, and this media has none; configure public media storage`, 'media_public_url');
}

export interface PostContainer {
  /** The user's container edge, e.g. "{ig-user-id}/media" or "{threads-user-id}/threads". */
  path: string;
  media: MediaItem[];
  /** Caption or text, reply target and the like, for the container that gets published. */
  postParams: GraphParams;
  /** A media item's parameters, alone or as a carousel child. */
  itemParams(item: MediaItem, inCarousel: boolean): GraphParams;
  /** Parameters for a post with no media (Threads text posts); Instagram has none. */
  textParams?: GraphParams;
  wait: ContainerWait;
}

/**
 * The container to publish: one for a text post or a single item, else a child per item (videos
 * waited for, as Meta asks) and a CAROUSEL container listing them. It is waited for in every case.
 */
export async function createPostContainer(graph: GraphClient, post: PostContainer): Promise<Outcome<string>> {
  const [only] = post.media;
  let params: GraphParams;
  if (!only) params = { ...post.textParams, ...post.postParams };
  else if (post.media.length === 1) params = { ...post.itemParams(only, false), ...post.postParams };
  else {
    const children: string[] = [];
    for (const item of post.media) {
      const child = await createContainer(graph, post.path, post.itemParams(item, true));
      if (child.kind !== 'ok') return child;
      if (item.kind === 'video') {
        const ready = await waitForContainer(graph, child.value, post.wait);
        if (ready.kind !== 'ok') return ready;
      }
      children.push(child.value);
    }
    params = { media_type: 'CAROUSEL', children: children.join(','), ...post.postParams };
  }
  const id = await createContainer(graph, post.path, params);
  if (id.kind !== 'ok') return id;
  const ready = await waitForContainer(graph, id.value, post.wait);
  return ready.kind === 'ok' ? id : ready;
}
