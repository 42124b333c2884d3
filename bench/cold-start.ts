// Time from starting `canopy start` (what `npm start` runs) on PGlite to the first 200 from
// GET /api/health, which needs the database and a job round trip through the queue. Cold: a
// fresh, empty DATA_DIR each time. Warm: the same DATA_DIR started again. Baseline: the same
// Node with tsx answering 200 from a bare HTTP server. Median of RUNS each. Target: ms <= 5000.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, spawnGroup, waitForOk } from './lib/process.ts';
import { median, note, report } from './lib/report.ts';

const BENCH = 'cold-start';
const RUNS = 3;
const root = fileURLToPath(new URL('..', import.meta.url));

// Always PGlite: this measures the embedded default that a first `npm start` gets.
const { DATABASE_URL: _ignored, ...inherited } = process.env;

const baselineScript = `
import http from 'node:http';
http.createServer((req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"status":"ok"}'); })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

async function timeStart(args: string[], dataDir: string): Promise<number> {
  const port = await freePort();
  const env = { ...inherited, NODE_ENV: 'production', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  const started = performance.now();
  const spawned = spawnGroup(process.execPath, args, { env, cwd: root });
  try {
    return await waitForOk(`http://127.0.0.1:${port}/api/health`, started, spawned);
  } finally {
    await spawned.stop();
  }
}

const cold: number[] = [];
const warm: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-start-'));
  try {
    baseline.push(await timeStart(['--import', 'tsx', '--input-type=module', '-e', baselineScript], dataDir));
    cold.push(await timeStart(['bin/canopy.js', 'start'], dataDir));
    warm.push(await timeStart(['bin/canopy.js', 'start'], dataDir));
    note(`${BENCH} run ${i + 1}: cold ${Math.round(cold[i]!)} ms, warm ${Math.round(warm[i]!)} ms, baseline ${Math.round(baseline[i]!)} ms`);
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

for (const [metric, values] of [
  ['ms', cold],
  ['warm_ms', warm],
  ['baseline_ms', baseline],
] as const) {
  report(BENCH, metric, median(values), 'ms', 'pglite');
  report(BENCH, `${metric}_min`, Math.min(...values), 'ms', 'pglite');
  report(BENCH, `${metric}_max`, Math.max(...values), 'ms', 'pglite');
}
