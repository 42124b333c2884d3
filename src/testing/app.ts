import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { boot, type Role, type Running } from '../boot.ts';
import type { Database } from '../db/client.ts';
import { loadConfig } from '../config/index.ts';
import { createLogger } from '../log.ts';
import { createTestDatabase } from './database.ts';
import { freePort } from './free-port.ts';

export interface TestApp extends Running {
  server: FastifyInstance;
  /** http://127.0.0.1:<port> of the listening server. */
  url: string;
}

/**
 * A whole Canopy (database, queue, workers, HTTP) on a fresh test database (or the given one, which
 * it closes at the end) and a random port. Settings may be overridden the way an operator would,
 * through environment names.
 */
export async function startTestApp(env: Record<string, string> = {}, role: Exclude<Role, 'worker'> = 'all', opts: { database?: Database } = {}): Promise<TestApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-test-'));
  // Links Canopy writes (invitations, OAuth callbacks) carry its public address, so it needs its port up front.
  const port = env.PORT ?? String(await freePort());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CANOPY_SECRET_KEY: randomBytes(32).toString('base64'),
    ...env,
  });
  const database = opts.database ?? (await createTestDatabase());
  const running = await boot(config, createLogger(config), role, { database });
  return {
    ...running,
    server: running.server!,
    url: config.publicUrl,
    async stop() {
      await running.stop();
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
