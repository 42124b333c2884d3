import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { boot, type Running } from '../../src/boot.ts';
import { loadConfig } from '../../src/config/index.ts';
import { createLogger } from '../../src/log.ts';

export interface InProcessCanopy {
  running: Running;
  /** http://127.0.0.1:<port> */
  url: string;
  stop(): Promise<void>;
}

/**
 * A whole Canopy (web, API and workers, as `canopy start` runs it) in this process, on a random
 * port, with a temporary DATA_DIR; on PostgreSQL when databaseUrl is given, else on PGlite there.
 */
export async function startInProcess(databaseUrl: string | undefined): Promise<InProcessCanopy> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
  });
  const running = await boot(config, createLogger(config), 'all');
  const { port } = running.server!.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // Ready means healthy: the database answers and a job has gone round the queue.
  const deadline = Date.now() + 30_000;
  while ((await fetch(`${url}/api/health`).then((r) => (r.body?.cancel(), r.status))) !== 200) {
    if (Date.now() > deadline) throw new Error('Canopy did not become healthy within 30 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    running,
    url,
    async stop() {
      await running.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A JSON call that must succeed; returns the parsed body and the response headers. */
export async function call<T>(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ body: T; headers: Headers }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${text}`);
  return { body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}
