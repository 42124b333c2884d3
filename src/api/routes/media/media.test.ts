import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { media, posts, postTargetMedia, postTargets } from '../../../db/schema.ts';
import type { MediaView } from '../../../core/media/media-view.ts';
import { mediaStorage } from '../../../core/media/storage/media-storage.ts';
import { PULL_URL_PURPOSE, signPullToken } from '../../../core/media/storage/pull-token.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { startLocalS3, type LocalS3 } from '../../../testing/local-s3.ts';
import { imageFile, videoFile } from '../../../testing/media-files.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';

type MediaBody = Omit<MediaView, 'createdAt'>;
interface Problem {
  code: string;
  detail: string;
}

const MAX = 300_000;

describe('media library', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let base: string;

  before(async () => {
    t = await startTestApp({ MEDIA_MAX_BYTES: String(MAX) }, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    base = `/api/v1/workspaces/${ws}/media`;
  });
  after(() => t.stop());

  const upload = (filename: string, bytes: Uint8Array, type?: string) =>
    owner.client.upload<MediaBody & Problem>(`${base}?filename=${encodeURIComponent(filename)}`, bytes, type);

  it('stores an image as the bytes say it is, whatever its name and header claim, with its size and a thumbnail', async () => {
    const png = await imageFile('png', 1200, 800);
    const res = await upload('holiday.mp4', png, 'video/mp4');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.filename, 'holiday.mp4');
    assert.equal(res.body.kind, 'image');
    assert.equal(res.body.mimeType, 'image/png');
    assert.equal(res.body.bytes, png.length);
    assert.deepEqual([res.body.width, res.body.height, res.body.durationMs], [1200, 800, null]);
    assert.equal(res.body.inUse, false);

    const file = await owner.client.download(res.body.url);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'image/png');
    assert.match(file.headers.get('cache-control') ?? '', /private/);
    assert.deepEqual(Buffer.from(file.bytes), Buffer.from(png));

    const thumb = await owner.client.download(res.body.thumbnailUrl!);
    assert.equal(thumb.headers.get('content-type'), 'image/webp');
    const meta = await sharp(thumb.bytes).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['webp', 480, 320]);

    const [row] = await t.database.db.select().from(media);
    assert.equal(row!.sha256, createHash('sha256').update(png).digest('hex'));
  });

  it('reads the frame size and duration of MP4, MOV and WebM videos', async () => {
    for (const [container, mime] of [['mp4', 'video/mp4'], ['mov', 'video/quicktime'], ['webm', 'video/webm']] as const) {
      const res = await upload(`clip.${container}`, await videoFile(container, 1080, 1920, 4));
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.kind, 'video');
      assert.equal(res.body.mimeType, mime);
      assert.deepEqual([res.body.width, res.body.height], [1080, 1920]);
      assert.ok(Math.abs(res.body.durationMs! - 4000) <= 100, `${container} lasts ${res.body.durationMs} ms`);
    }
  });

  it('refuses a file of another kind with 415, naming what it takes', async () => {
    const res = await upload('notes.png', new TextEncoder().encode('just some text, not a picture'), 'image/png');
    assert.equal(res.status, 415);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.match(res.body.detail, /JPEG, PNG, GIF or WebP image, or an MP4, MOV or WebM video/);
    const pdf = await upload('doc.jpg', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'));
    assert.equal(pdf.status, 415);
    assert.match(pdf.body.detail, /application\/pdf/);
  });

  it('refuses a body over MEDIA_MAX_BYTES with 413, announced or not, and keeps nothing of it', async () => {
    const before = await t.database.db.select().from(media);
    const big = new Uint8Array(MAX + 1);
    big.set(await imageFile('png', 10, 10));
    const announced = await upload('big.png', big);
    assert.equal(announced.status, 413);
    assert.equal(announced.body.code, 'payload_too_large');

    // Sent in chunks with no length: refused once the count passes the limit.
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 4; i++) c.enqueue(big.subarray((i * big.length) / 4, ((i + 1) * big.length) / 4));
        c.close();
      },
    });
    const streamed = await owner.client.upload<Problem>(`${base}?filename=big.png`, chunks);
    assert.equal(streamed.status, 413);
    assert.equal(streamed.body.code, 'payload_too_large');
    assert.equal((await t.database.db.select().from(media)).length, before.length);
    assert.deepEqual(await fs.readdir(path.join(t.app.config.media.dir, '.incoming')), []);
  });

  it('refuses an empty body and a missing filename with what to fix', async () => {
    const empty = await upload('x.png', new Uint8Array());
    assert.equal(empty.status, 400);
    assert.match(empty.body.detail, /empty/);
    const nameless = await owner.client.upload<Problem>(base, await imageFile('png', 5, 5));
    assert.equal(nameless.status, 400);
  });

  it('lists newest first, by kind and by name, a page at a time', async () => {
    const names = ['beach-1.jpeg', 'beach-2.gif', 'city.webp'];
    for (const name of names) assert.equal((await upload(name, await imageFile(name.split('.')[1] as 'jpeg' | 'gif' | 'webp', 40, 30))).status, 201);
    const all = await owner.client.get<{ items: MediaBody[]; next: string | null }>(`${base}?limit=100`);
    assert.deepEqual(all.body.items.slice(0, 3).map((m) => m.filename), ['city.webp', 'beach-2.gif', 'beach-1.jpeg']);
    const videos = await owner.client.get<{ items: MediaBody[] }>(`${base}?kind=video`);
    assert.ok(videos.body.items.length >= 3 && videos.body.items.every((m) => m.kind === 'video'));
    const beaches = await owner.client.get<{ items: MediaBody[] }>(`${base}?q=BEACH`);
    assert.deepEqual(beaches.body.items.map((m) => m.filename), ['beach-2.gif', 'beach-1.jpeg']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: MediaBody[]; next: string | null } } = await owner.client.get(`${base}?limit=2${cursor ? `&before=${cursor}` : ''}`);
      seen.push(...page.body.items.map((m) => m.id));
      cursor = page.body.next;
    } while (cursor);
    assert.deepEqual(seen, all.body.items.map((m) => m.id));
  });

  it('sets and clears alt text, up to 1500 characters', async () => {
    const { body: file } = await upload('menu.png', await imageFile('png', 20, 20));
    const set = await owner.client.patch<MediaBody>(`${base}/${file.id}`, { altText: '  Το μενού της ημέρας ☕  ' });
    assert.equal(set.body.altText, 'Το μενού της ημέρας ☕');
    assert.equal((await owner.client.patch<Problem>(`${base}/${file.id}`, { altText: 'x'.repeat(1501) })).status, 400);
    assert.equal((await owner.client.patch<MediaBody>(`${base}/${file.id}`, { altText: '' })).body.altText, null);
  });

  it('will not delete a file a post uses; deletes an unused one with its stored files', async () => {
    const { body: used } = await upload('used.png', await imageFile('png', 20, 20));
    const [post] = await t.database.db.insert(posts).values({ organizationId: owner.organizationId, workspaceId: ws, status: 'draft', text: 'hi' }).returning();
    const [target] = await t.database.db.insert(postTargets).values({ postId: post!.id, workspaceId: ws, network: 'bluesky', text: 'hi', status: 'draft', marker: randomUUID() }).returning();
    await t.database.db.insert(postTargetMedia).values({ targetId: target!.id, position: 0, mediaId: used.id });
    assert.equal((await owner.client.get<MediaBody>(`${base}/${used.id}`)).body.inUse, true);
    const refused = await owner.client.delete<Problem>(`${base}/${used.id}`);
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /post uses this file/);

    const { body: unused } = await upload('unused.png', await imageFile('png', 20, 20));
    const folder = path.join(t.app.config.media.dir, ws, unused.id);
    assert.deepEqual((await fs.readdir(folder)).sort(), ['file', 'thumbnail']);
    assert.equal((await owner.client.delete(`${base}/${unused.id}`)).status, 204);
    assert.deepEqual(await fs.readdir(folder), []);
    assert.equal((await owner.client.get(`${base}/${unused.id}`)).status, 404);
    assert.equal((await owner.client.download(`${base}/${unused.id}/file`)).status, 404);
  });

  it('lets readers see the library but only writers upload', async () => {
    const analyst = await addMember(owner, ws, 'analyst', 'analyst');
    assert.equal((await analyst.client.get(base)).status, 403);
    const community = await addMember(owner, ws, 'community_manager', 'community');
    assert.equal((await community.client.get(base)).status, 200);
    const refused = await community.client.upload<Problem>(`${base}?filename=x.png`, await imageFile('png', 5, 5));
    assert.equal(refused.status, 403);
  });

  it('serves a file by a signed pull link, and refuses a changed or expired one', async () => {
    const { body: file } = await upload('pull.png', await imageFile('png', 30, 30));
    const [row] = await t.database.db.select().from(media).where(eq(media.id, file.id));
    const url = await mediaStorage(t.app).pullUrl({ mediaId: file.id, key: row!.storageKey }, 60);
    assert.ok(url.startsWith(`${t.url}/media-files/`));
    const pulled = await fetch(url);
    assert.equal(pulled.status, 200);
    assert.equal(pulled.headers.get('content-type'), 'image/png');
    assert.equal((await pulled.arrayBuffer()).byteLength, file.bytes);

    const token = url.split('/').pop()!;
    const changed = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    assert.equal((await fetch(`${t.url}/media-files/${changed}`)).status, 404);
    const expired = signPullToken(t.app.secrets.derive(PULL_URL_PURPOSE), file.id, new Date(Date.now() - 1000));
    assert.equal((await fetch(`${t.url}/media-files/${expired}`)).status, 404);
  });
});

describe('media library on S3-compatible storage', () => {
  let t: TestApp;
  let owner: Owner;
  let s3: LocalS3;

  before(async () => {
    s3 = await startLocalS3();
    t = await startTestApp(s3.env, 'web');
    owner = await signUpOwner(t.url);
  });
  after(async () => {
    await t.stop();
    await s3.stop();
  });

  it('keeps uploads in the bucket, serves them, gives networks a presigned link, and deletes them there', async () => {
    const ws = await createWorkspace(owner);
    const png = await imageFile('png', 900, 600);
    const { status, body } = await owner.client.upload<MediaBody>(`/api/v1/workspaces/${ws}/media?filename=bucket.png`, png);
    assert.equal(status, 201);
    const [row] = await t.database.db.select().from(media).where(eq(media.id, body.id));
    assert.ok(!(await fs.readdir(t.app.config.media.dir)).includes(ws), 'nothing of it on local disk');
    assert.deepEqual(Buffer.from((await owner.client.download(body.url)).bytes), Buffer.from(png));
    assert.equal((await owner.client.download(body.thumbnailUrl!)).headers.get('content-type'), 'image/webp');

    const url = await mediaStorage(t.app).pullUrl({ mediaId: body.id, key: row!.storageKey }, 60);
    assert.match(url, /X-Amz-Signature=/);
    assert.deepEqual(Buffer.from(await (await fetch(url)).arrayBuffer()), Buffer.from(png));

    assert.equal((await owner.client.delete(`/api/v1/workspaces/${ws}/media/${body.id}`)).status, 204);
    assert.equal((await fetch(url)).status, 404);
  });
});
