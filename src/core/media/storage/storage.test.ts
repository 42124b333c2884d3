import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../config/index.ts';
import { startLocalS3 } from '../../../testing/local-s3.ts';
import { DiskStorage } from './disk-storage.ts';
import type { MediaStorage } from './media-storage.ts';
import { S3Storage } from './s3-storage.ts';

/** The same promises from both kinds of storage. */
function contract(name: string, open: () => Promise<{ storage: MediaStorage; close: () => Promise<void> }>) {
  describe(name, () => {
    let storage: MediaStorage;
    let close: () => Promise<void>;
    before(async () => ({ storage, close } = await open()));
    after(() => close());

    it('keeps what it is given, streamed in and out, until it is deleted', async () => {
      const body = 'ελληνικά ไทย '.repeat(10_000);
      await storage.put('w1/m1/file', Readable.from([body]), { contentType: 'text/plain', bytes: Buffer.byteLength(body) });
      assert.ok((await text(await storage.get('w1/m1/file'))) === body, 'the same text comes back');
      await storage.delete('w1/m1/file');
      await assert.rejects(async () => text(await storage.get('w1/m1/file')), { code: 'not_found' });
      await storage.delete('w1/m1/file');
    });

    it('gives a URL anyone may fetch the file from', async () => {
      await storage.put('w1/m2/file', Readable.from(['pull me']), { contentType: 'text/plain', bytes: 7 });
      const url = await storage.pullUrl({ mediaId: '5b0c3f9e-8f7a-4d2b-9c1e-2a3b4c5d6e7f', key: 'w1/m2/file' }, 60);
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\//);
      if (storage instanceof S3Storage) assert.equal(await (await fetch(url)).text(), 'pull me');
    });
  });
}

contract('disk storage', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-media-'));
  return {
    storage: new DiskStorage({ dir, publicUrl: 'http://127.0.0.1:3000', signingKey: randomBytes(32) }),
    close: () => fs.rm(dir, { recursive: true, force: true }),
  };
});

contract('S3 storage against a local S3-compatible server', async () => {
  const s3 = await startLocalS3();
  const config = loadConfig(s3.env).media.s3!;
  return { storage: new S3Storage(config), close: () => s3.stop() };
});

describe('disk storage keys', () => {
  it('refuses a key that would leave the media folder', async () => {
    const storage = new DiskStorage({ dir: '/tmp/canopy-media-x', publicUrl: 'http://x', signingKey: randomBytes(32) });
    await assert.rejects(storage.get('../../etc/passwd'), /Not a media key/);
  });
});
