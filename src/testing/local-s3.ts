import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { freePort } from './free-port.ts';

export interface LocalS3 {
  /** The settings that point Canopy at it, as an operator would set them. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** A real S3-compatible server on a free local port, with an empty `canopy-media` bucket. */
export async function startLocalS3(): Promise<LocalS3> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-s3-'));
  const port = await freePort();
  const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'canopy-media', configs: [] }] });
  await server.run();
  return {
    env: { S3_BUCKET: 'canopy-media', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    async stop() {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
