import type { MediaItem } from '../adapter.ts';
import type { RecordedRequest } from '../testing/fake-network.ts';
import { SeededFakeNetwork } from '../testing/seeded-fake.ts';

/** A video as the Data API returns it (the parts the adapter reads). */
export interface FakeVideo {
  id: string;
  snippet: { title?: string; description?: string; tags?: string[]; publishedAt: string; channelId: string };
  status: { privacyStatus?: string; uploadStatus: string };
  statistics: { viewCount: string; likeCount: string; commentCount: string };
}

export const CHANNEL_ID = 'UCcanopyTestChannel';

/**
 * A local YouTube answering as the Data API documents it: resumable upload sessions (Location,
 * 308 with Range until the last byte, then the video), channels, the uploads playlist and videos.
 * `videos` is what the channel holds; tests add to it and override routes.
 */
export class FakeYouTube extends SeededFakeNetwork {
  readonly videos: FakeVideo[] = [];
  private readonly sessions = new Map<string, { resource: { snippet?: Record<string, unknown>; status?: Record<string, unknown> }; received: number }>();
  private nextId = 1;
  /** Answer uploads this late, to lose the answer to a chunk that arrived. */
  uploadDelayMs = 0;

  protected seed(): void {
    this.videos.length = 0;
    this.uploadDelayMs = 0;
    this.on('POST /upload/youtube/v3/videos', (req) => this.openSession(req));
    this.on('PUT /upload/youtube/v3/videos', (req) => this.receiveChunk(req));
    this.on('GET /youtube/v3/channels', (req) => ({
      body: {
        items: [
          {
            id: CHANNEL_ID,
            snippet: { title: 'Κανόπι · Канопи · แคโนพี 🌳', customUrl: '@canopy', thumbnails: { default: { url: 'https://yt3.example/avatar.jpg' } } },
            contentDetails: { relatedPlaylists: { uploads: 'UUcanopyTestChannel' } },
            ...(req.query.get('part')?.includes('statistics') ? { statistics: { viewCount: '12345', subscriberCount: '678', hiddenSubscriberCount: false, videoCount: '9' } } : {}),
          },
        ],
      },
    }));
    this.on('GET /youtube/v3/playlistItems', () => ({
      body: { items: [...this.videos].reverse().map((v) => ({ id: `pl-${v.id}`, contentDetails: { videoId: v.id } })) },
    }));
    this.on('GET /youtube/v3/videos', (req) => {
      const ids = (req.query.get('id') ?? '').split(',');
      const part = req.query.get('part') ?? '';
      return {
        body: {
          items: this.videos
            .filter((v) => ids.includes(v.id))
            .map((v) => ({ id: v.id, ...(part.includes('snippet') ? { snippet: v.snippet } : {}), ...(part.includes('statistics') ? { statistics: v.statistics } : {}) })),
        },
      };
    });
  }

  private openSession(req: RecordedRequest) {
    const uploadId = `upload-${this.nextId++}`;
    this.sessions.set(uploadId, { resource: (req.json ?? {}) as { snippet?: Record<string, unknown> }, received: 0 });
    return { status: 200, headers: { location: `${this.url}/upload/youtube/v3/videos?uploadType=resumable&upload_id=${uploadId}` } };
  }

  private receiveChunk(req: RecordedRequest) {
    const session = this.sessions.get(req.query.get('upload_id') ?? '');
    const range = /bytes (\d+)-(\d+)\/(\d+)/.exec(String(req.headers['content-range'] ?? ''));
    if (!session || !range) return { status: 404, body: { error: { code: 404, message: 'Upload session not found' } } };
    const [last, total] = [Number(range[2]), Number(range[3])];
    session.received = last + 1;
    if (session.received < total) return { status: 308, headers: { range: `bytes=0-${last}` } };
    const video = this.addVideo({
      title: String(session.resource.snippet?.['title'] ?? ''),
      description: String(session.resource.snippet?.['description'] ?? ''),
      tags: (session.resource.snippet?.['tags'] as string[] | undefined) ?? [],
      privacyStatus: String(session.resource.status?.['privacyStatus'] ?? 'public'),
    });
    return { status: 200, body: { kind: 'youtube#video', ...video }, delayMs: this.uploadDelayMs };
  }

  addVideo(input: { title: string; description: string; tags?: string[]; privacyStatus?: string; publishedAt?: Date }): FakeVideo {
    const video: FakeVideo = {
      id: `vid${this.nextId++}`,
      snippet: { title: input.title, description: input.description, tags: input.tags ?? [], publishedAt: (input.publishedAt ?? new Date()).toISOString(), channelId: CHANNEL_ID },
      status: { privacyStatus: input.privacyStatus ?? 'public', uploadStatus: 'uploaded' },
      statistics: { viewCount: '1000', likeCount: '40', commentCount: '2' },
    };
    this.videos.push(video);
    return video;
  }
}

/** Google's error body as the Data API sends it. */
export function youtubeError(code: number, reason: string, message: string) {
  return { status: code, body: { error: { code, message, errors: [{ message, domain: 'youtube.api', reason }] } } };
}

export function videoItem(bytes = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112])): MediaItem {
  return { kind: 'video', mimeType: 'video/mp4', read: async () => bytes, durationSeconds: 30 };
}
