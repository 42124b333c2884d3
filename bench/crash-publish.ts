// 1,000 posts, due as they are made, published to a local fault network by 3 Canopy worker
// processes, which are killed with SIGKILL at random moments (every 2 to 6 s while posts are still
// going out) and restarted, while the network also cuts some connections after storing the post,
// answers some calls with 503 or 429, and answers some slowly. Counts what matters after a crash:
// posts published twice and posts lost, both of which must be 0, with the number of kills and the
// time from the first post made to the last target settled. PostgreSQL only (DATABASE_URL names
// the server; the run makes a database of its own there and drops it).
import { prepareFaultRun, SURVIVABLE_FAULTS } from '../src/core/publishing/testing/fault-run.ts';
import { auditPublishing, scheduleMany, settledCount } from '../src/core/publishing/testing/publish-audit.ts';
import { benchDatabase, note, report } from './lib/report.ts';

const BENCH = 'crash-publish';
const POSTS = 1_000;
const WORKERS = 3;
const SETTLE_WITHIN_MS = 20 * 60_000;

const db = benchDatabase();
if (!db.url) throw new Error(`${BENCH} runs on PostgreSQL: set DATABASE_URL to a server it may create a database on`);
const run = await prepareFaultRun({ postgresUrl: db.url });
const fleet = run.fleet(WORKERS);

try {
  run.network.plan = { ...SURVIVABLE_FAULTS, latencyMs: 40 };
  await fleet.start();
  note(`${BENCH}: ${POSTS} posts, ${WORKERS} worker processes killed at random`);
  const started = Date.now();
  let making = true;
  let targetIds: string[] = [];
  const made = scheduleMany(run.ws, { profileIds: run.profileIds, count: POSTS, at: 'now' }).then((ids) => {
    targetIds = ids;
    making = false;
  });
  // Kills while posts are made and going out: until every target has been tried once at least.
  for (;;) {
    await new Promise((r) => setTimeout(r, 2_000 + Math.random() * 4_000));
    if (!making && (await settledCount(run.t.database.db, targetIds)) >= POSTS * 0.9) break;
    await fleet.killOne();
  }
  await made;
  const deadline = Date.now() + SETTLE_WITHIN_MS;
  while ((await settledCount(run.t.database.db, targetIds)) < POSTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1_000));
  const totalMs = Date.now() - started;
  const audit = await auditPublishing(run.t.database.db, run.network, targetIds);
  if (audit.stuck.length) note(`still waiting:\n${audit.stuck.join('\n')}`);
  if (audit.disagreements.length) note(`disagreements:\n${audit.disagreements.join('\n')}`);
  report(BENCH, 'duplicates', audit.duplicates, 'posts', db.kind);
  report(BENCH, 'lost', audit.lost, 'posts', db.kind);
  report(BENCH, 'failed', audit.failed.length, 'posts', db.kind);
  report(BENCH, 'kills', fleet.kills, 'SIGKILLs', db.kind);
  report(BENCH, 'accepted_then_dropped', run.network.faults.acceptThenDrop, 'calls', db.kind);
  report(BENCH, 'total_ms', totalMs, 'ms', db.kind);
} finally {
  await fleet.stop();
  await run.stop();
}
