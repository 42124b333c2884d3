import type { FakeReply, RecordedRequest } from '../testing/fake-network.ts';
import { SeededFakeNetwork } from '../testing/seeded-fake.ts';

export interface FakePin {
  id: string;
  created_at: string;
  board_id: string;
  title?: string;
  description?: string;
  note?: string;
  link?: string;
}

export const pinterestError = (status: number, code: number, message: string, headers: Record<string, string> = {}): FakeReply => ({ status, headers, body: { code, message } });

/**
 * A local Pinterest answering as API v5 documents it: the user, boards, Pins (created ones land in
 * `pins`), the video upload registration with its storage form, and media status (processing, then
 * succeeded).
 */
export class FakePinterest extends SeededFakeNetwork {
  readonly pins: FakePin[] = [];
  /** Answer Pin creation this late, to lose the answer to a Pin Pinterest made. */
  createDelayMs = 0;
  private mediaPolls = 0;
  private nextId = 1;

  protected seed(): void {
    this.pins.length = 0;
    this.createDelayMs = 0;
    this.mediaPolls = 0;
    this.on('GET /v5/user_account', {
      body: { account_type: 'BUSINESS', id: '5566778899', username: 'canopy_pins', business_name: 'Κανόπι · Канопи · แคโนพี', profile_image: 'https://i.pinimg.example/avatar.jpg', follower_count: 321 },
    });
    this.on('POST /v5/pins', (req) => this.createPin(req));
    this.on('GET /v5/pins', () => ({ body: { items: [...this.pins].reverse(), bookmark: null } }));
    this.on('POST /v5/media', () => ({
      status: 201,
      body: {
        media_id: '12345',
        media_type: 'video',
        upload_url: `${this.url}/media-upload`,
        upload_parameters: { key: 'uploads/12345.mp4', 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-date': '20261121T000000Z', policy: 'cG9saWN5', 'x-amz-signature': 'sig', 'Content-Type': 'multipart/form-data' },
      },
    }));
    this.on('POST /media-upload', { status: 204 });
    this.on('GET /v5/media/12345', () => ({ body: { media_id: '12345', media_type: 'video', status: this.mediaPolls++ < 1 ? 'processing' : 'succeeded' } }));
  }

  private createPin(req: RecordedRequest): FakeReply {
    const body = req.json as Omit<FakePin, 'id' | 'created_at'>;
    const pin: FakePin = { ...body, id: `81000000000${this.nextId++}`, created_at: new Date().toISOString().slice(0, 19) };
    this.pins.push(pin);
    return { status: 201, body: { ...pin, media: { media_type: 'image' } }, delayMs: this.createDelayMs };
  }
}
