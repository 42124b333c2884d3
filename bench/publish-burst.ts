// 10,000 posts due at the same instant, published to a local fault network (no faults injected)
// by Canopy's own worker process: the same queue, jobs and publisher as `canopy worker`, one process,
// as a default deployment runs one. Lateness is from the due instant to the network's receipt.
// Baseline, in the same run and on the same database: bare pg-boss, 10,000 jobs due at one instant
// through a queue worked with the same worker setup (src/jobs/queue.ts, the publish queue's batch size) and a
// handler that does nothing, timed from the due instant to the last completion; and again worked 10 at
// a time, the batch every queue had before PUBLISH_CONCURRENCY, to compare with earlier runs.
// Targets: p99_lateness_ms <= 2000, duplicates 0, lost 0, ratio_to_pgboss >= 0.5. PostgreSQL only
// (DATABASE_URL names the server; the run makes a database of its own there and drops it).
import { z } from 'zod';
import { benchSettings, loadConfig } from '../src/config/index.ts';
import { prepareFaultRun } from '../src/core/publishing/testing/fault-run.ts';
import { auditPublishing, scheduleMany, settledCount } from '../src/core/publishing/testing/publish-audit.ts';
import { postTargets } from '../src/db/schema.ts';
import { defineJob, queueName } from '../src/jobs/define-job.ts';
import { JobQueue } from '../src/jobs/queue.ts';
import { inArray } from 'drizzle-orm';
import { benchDatabase, median, note, report } from './lib/report.ts';

const BENCH = 'publish-burst';
// BENCH_BURST_POSTS makes a smaller burst while working on the publisher; the figures are for 10,000.
const POSTS = benchSettings().burstPosts;
const WORKERS = 1;
const SETTLE_WITHIN_MS = 20 * 60_000;

const db = benchDatabase();
if (!db.url) throw new Error(`${BENCH} runs on PostgreSQL: set DATABASE_URL to a server it may create a database on`);
const run = await prepareFaultRun({ postgresUrl: db.url });
const fleet = run.fleet(WORKERS);
const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

try {
  await fleet.start();
  // How fast posts are made here decides how far ahead the burst must be due.
  const probeStarted = Date.now();
  await scheduleMany(run.ws, { profileIds: run.profileIds, count: 100, at: new Date(Date.now() + 24 * 3_600_000) });
  const perPostMs = (Date.now() - probeStarted) / 100;
  const dueAt = new Date(Math.ceil((Date.now() + perPostMs * POSTS * 1.5 + 15_000) / 60_000) * 60_000);
  note(`${BENCH}: making ${POSTS} posts (about ${Math.round((perPostMs * POSTS) / 1000)} s), all due at ${dueAt.toISOString()}, ${WORKERS} worker process(es)`);
  const targetIds = await scheduleMany(run.ws, { profileIds: run.profileIds, count: POSTS, at: dueAt });
  if (Date.now() > dueAt.getTime()) throw new Error('the posts were not all made before they were due; nothing was measured');
  await sleepUntil(dueAt.getTime());
  const deadline = Date.now() + SETTLE_WITHIN_MS;
  while ((await settledCount(run.t.database.db, targetIds)) < POSTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1_000));

  const audit = await auditPublishing(run.t.database.db, run.network, targetIds);
  const markers: string[] = [];
  for (let i = 0; i < targetIds.length; i += 1_000) {
    const rows = await run.t.database.db.select({ marker: postTargets.marker }).from(postTargets).where(inArray(postTargets.id, targetIds.slice(i, i + 1_000)));
    markers.push(...rows.map((r) => r.marker));
  }
  const lateness = markers.flatMap((m) => {
    const landed = run.network.landed(m);
    return landed ? [landed.receivedAt - dueAt.getTime()] : [];
  });
  lateness.sort((a, b) => a - b);
  const publishedInMs = Math.max(1, lateness.at(-1) ?? 1);
  const throughput = (lateness.length / publishedInMs) * 1000;

  // Bare pg-boss: the same worker setup, as many jobs at once as a publish worker, a handler that
  // only notes the time. Also, for comparison with earlier runs, with the default batch of 10.
  const bare = await bareThroughput(loadConfig().publishConcurrency, 1);
  const bareDefault = await bareThroughput(10, 2);

  report(BENCH, 'p50_lateness_ms', lateness.length ? median(lateness) : NaN, 'ms', db.kind);
  report(BENCH, 'p99_lateness_ms', lateness.length ? percentile(lateness, 99) : NaN, 'ms', db.kind);
  report(BENCH, 'throughput_per_s', throughput, 'posts/s', db.kind);
  report(BENCH, 'duplicates', audit.duplicates, 'posts', db.kind);
  report(BENCH, 'lost', audit.lost, 'posts', db.kind);
  report(BENCH, 'pgboss_throughput_per_s', bare, 'jobs/s', db.kind);
  report(BENCH, 'ratio_to_pgboss', throughput / bare, 'ratio', db.kind);
  report(BENCH, 'pgboss_batch10_throughput_per_s', bareDefault, 'jobs/s', db.kind);
  report(BENCH, 'ratio_to_pgboss_batch10', throughput / bareDefault, 'ratio', db.kind);
  report(BENCH, 'workers', WORKERS, 'processes', db.kind);
} finally {
  await fleet.stop();
  await run.stop();
}

/** Bare pg-boss send→complete of POSTS jobs due at one instant, worked `batchSize` at a time: jobs a second. */
async function bareThroughput(batchSize: number, version: number): Promise<number> {
  const completions: number[] = [];
  const bare = defineJob({
    name: 'bench-bare',
    version,
    payload: z.object({ n: z.number() }),
    handler: async () => ({
      default: async () => {
        completions.push(Date.now());
      },
    }),
  });
  const queue = await JobQueue.start(run.t.database, run.t.app.log, { runWorkers: true, now: () => new Date(), app: run.t.app, definitions: [bare], batchSizes: { [queueName(bare)]: batchSize } });
  try {
    const bareDue = Date.now() + 15_000;
    for (let i = 0; i < POSTS; i += 1_000) {
      await queue.boss.insert(
        queueName(bare),
        Array.from({ length: Math.min(1_000, POSTS - i) }, (_, k) => ({ data: { n: i + k }, startAfter: new Date(bareDue) })),
      );
    }
    if (Date.now() > bareDue) throw new Error('the baseline jobs were not all sent before they were due');
    const bareDeadline = bareDue + SETTLE_WITHIN_MS;
    while (completions.length < POSTS && Date.now() < bareDeadline) await new Promise((r) => setTimeout(r, 200));
    const bareMs = Math.max(1, Math.max(...completions) - bareDue);
    return (completions.length / bareMs) * 1000;
  } finally {
    await queue.stop();
  }
}
