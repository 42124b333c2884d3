import type { FakeReply, RecordedRequest } from '../testing/fake-network.ts';
import { SeededFakeNetwork } from '../testing/seeded-fake.ts';

export interface FakeTikTokVideo {
  id: string;
  title: string;
  video_description: string;
  create_time: number;
  share_url: string;
}

/** TikTok's envelope: data, and an error object whose code is "ok" on success. */
export const tiktokOk = (data: unknown): FakeReply => ({ body: { data, error: { code: 'ok', message: '', log_id: '20261121000000ABCDEF' } } });
export const tiktokError = (status: number, code: string, message: string, headers: Record<string, string> = {}): FakeReply => ({
  status,
  headers,
  body: { data: {}, error: { code, message, log_id: '20261121000000FEDCBA' } },
});

/** A 64-bit post id, larger than a JS number holds exactly. */
export const BIG_POST_ID = '7311234567890123456';

/**
 * A local TikTok answering as its API v2 documents it: creator info, video and photo init, the
 * upload URL, publish status (complete after `processingPolls` polls, with a 64-bit post id sent as
 * a bare number), the video list and the token endpoint. Posts that init accepted land in `videos`.
 */
export class FakeTikTok extends SeededFakeNetwork {
  readonly videos: FakeTikTokVideo[] = [];
  processingPolls = 1;
  /** Answer init this late, to lose the answer to a post TikTok took. */
  initDelayMs = 0;
  private polls = 0;
  private nextId = 1;

  protected seed(): void {
    this.videos.length = 0;
    this.processingPolls = 1;
    this.initDelayMs = 0;
    this.polls = 0;
    this.on(
      'POST /v2/post/publish/creator_info/query/',
      tiktokOk({
        creator_avatar_url: 'https://p16.tiktokcdn.example/avatar.jpeg',
        creator_username: 'canopy_test',
        creator_nickname: 'Κανόπι 🌳',
        privacy_level_options: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
        comment_disabled: false,
        duet_disabled: false,
        stitch_disabled: true,
        max_video_post_duration_sec: 600,
      }),
    );
    this.on('POST /v2/post/publish/video/init/', (req) => this.accept(req, 'video'));
    this.on('POST /v2/post/publish/content/init/', (req) => this.accept(req, 'photo'));
    this.on('PUT /upload/video', (req) => {
      const range = /bytes (\d+)-(\d+)\/(\d+)/.exec(String(req.headers['content-range'] ?? ''));
      return { status: range && Number(range[2]) + 1 === Number(range[3]) ? 201 : 206 };
    });
    this.on('POST /v2/post/publish/status/fetch/', () => {
      this.polls++;
      if (this.polls <= this.processingPolls) return tiktokOk({ status: 'PROCESSING_UPLOAD', uploaded_bytes: 8 });
      return {
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        body: `{"data":{"status":"PUBLISH_COMPLETE","publicaly_available_post_id":[${BIG_POST_ID}],"uploaded_bytes":8},"error":{"code":"ok","message":"","log_id":"x"}}`,
      };
    });
    this.on('POST /v2/video/list/', () => tiktokOk({ videos: [...this.videos].reverse(), cursor: 0, has_more: false }));
  }

  private accept(req: RecordedRequest, kind: 'video' | 'photo'): FakeReply {
    const body = req.json as { post_info?: { title?: string; description?: string }; source_info?: { source?: string } };
    const id = `73000000000000000${this.nextId++}`;
    const caption = kind === 'video' ? (body.post_info?.title ?? '') : (body.post_info?.description ?? '');
    this.videos.push({ id, title: body.post_info?.title ?? '', video_description: caption, create_time: Math.floor(Date.now() / 1000), share_url: `https://www.tiktok.com/@canopy_test/video/${id}` });
    const publishId = `v_pub_url~v2.${id}`;
    const answer = tiktokOk({ publish_id: publishId, ...(body.source_info?.source === 'FILE_UPLOAD' ? { upload_url: `${this.url}/upload/video?upload_id=${id}` } : {}) });
    return { ...answer, delayMs: this.initDelayMs };
  }
}
