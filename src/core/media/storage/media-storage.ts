import type { Readable } from 'node:stream';
import type { AppContext } from '../../types.ts';
import { DiskStorage } from './disk-storage.ts';
import { PULL_URL_PURPOSE } from './pull-token.ts';
import { S3Storage } from './s3-storage.ts';

/** Where media files live. Keys are Canopy's own (`<workspace>/<media>/file`), never a user's filename. */
export interface MediaStorage {
  put(key: string, body: Readable, info: { contentType: string; bytes: number }): Promise<void>;
  get(key: string): Promise<Readable>;
  /** Removes the file; a key already gone is not an error. */
  delete(key: string): Promise<void>;
  /** A URL a network can fetch the file from without signing in, valid for `ttlSeconds`. */
  pullUrl(file: { mediaId: string; key: string }, ttlSeconds: number): Promise<string>;
}

const byConfig = new WeakMap<AppContext['config'], MediaStorage>();

/** The storage the configuration chooses: S3-compatible when S3_BUCKET is set, else local disk under MEDIA_DIR. */
export function mediaStorage(ctx: Pick<AppContext, 'config' | 'secrets'>): MediaStorage {
  let storage = byConfig.get(ctx.config);
  if (!storage) {
    const { media, publicUrl } = ctx.config;
    storage = media.s3 ? new S3Storage(media.s3) : new DiskStorage({ dir: media.dir, publicUrl, signingKey: ctx.secrets.derive(PULL_URL_PURPOSE) });
    byConfig.set(ctx.config, storage);
  }
  return storage;
}
