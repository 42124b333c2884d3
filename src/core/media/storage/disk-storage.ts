import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { notFound } from '../../errors.ts';
import type { MediaStorage } from './media-storage.ts';
import { signPullToken } from './pull-token.ts';

/** Media on local disk. Networks pull a file through Canopy's public, signed `/media-files/<token>` route. */
export class DiskStorage implements MediaStorage {
  constructor(private readonly opts: { dir: string; publicUrl: string; signingKey: Buffer }) {}

  async put(key: string, body: Readable): Promise<void> {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const partial = `${file}.partial`;
    await pipeline(body, createWriteStream(partial));
    await fs.rename(partial, file);
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      await fs.access(file);
    } catch {
      throw notFound('The media file');
    }
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async pullUrl(file: { mediaId: string }, ttlSeconds: number): Promise<string> {
    const token = signPullToken(this.opts.signingKey, file.mediaId, new Date(Date.now() + ttlSeconds * 1000));
    return `${this.opts.publicUrl}/media-files/${token}`;
  }

  private pathOf(key: string): string {
    const file = path.resolve(this.opts.dir, key);
    if (!file.startsWith(path.resolve(this.opts.dir) + path.sep)) throw new Error(`Not a media key: ${key}`);
    return file;
  }
}
