import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { until } from '../testing/until.ts';
import { defineJob, queueName } from './define-job.ts';
import { JobQueue } from './queue.ts';

const AHEAD_MS = 60_000;
const started: Array<{ n: number; at: number; startedByFirstAwait: number }> = [];

const heldJob = defineJob({
  name: 'held-test',
  version: 1,
  payload: z.object({ n: z.number(), at: z.iso.datetime().optional() }),
  held: { instant: (p: { at?: string | undefined }) => (p.at ? new Date(p.at) : undefined), aheadMs: AHEAD_MS, maxHeld: 100 },
  handler: async () => ({
    default: async (_app, payload: { n: number }) => {
      const mine = { n: payload.n, at: Date.now(), startedByFirstAwait: -1 };
      started.push(mine);
      await new Promise((r) => setImmediate(r));
      mine.startedByFirstAwait = started.length;
    },
  }),
});
const QUEUE = queueName(heldJob);

describe('a worker for jobs sent ahead of their instant', () => {
  let t: TestApp;
  let queue: JobQueue;
  before(async () => {
    t = await startTestApp({}, 'web');
    queue = await JobQueue.start(t.database, t.app.log, { runWorkers: true, now: () => new Date(), app: t.app, definitions: [heldJob] });
  });
  after(async () => {
    await queue.stop();
    await t.stop();
  });

  const jobs = async () =>
    (
      (await t.database.db.execute(sql`select state, start_after, data from pgboss.job where name = ${QUEUE} order by created_on`)) as unknown as {
        rows: Array<{ state: string; start_after: Date | string; data: { n: number; at?: string } }>;
      }
    ).rows;

  it('holds each job until its instant and starts all of one instant together; a job for no instant runs at once', async () => {
    const at = new Date(Date.now() + 1_500);
    await queue.boss.insert(QUEUE, [
      ...Array.from({ length: 20 }, (_, n) => ({ data: { n, at: at.toISOString() } })),
      { data: { n: 99 } },
    ]);
    await until('every job to start', async () => started.length === 21);
    await until('every job to be completed', async () => (await jobs()).every((j) => j.state === 'completed'));

    const now = started.find((s) => s.n === 99)!;
    assert.ok(now.at < at.getTime(), 'the job for no instant did not wait');
    const burst = started.filter((s) => s.n !== 99);
    assert.ok(burst.every((s) => s.at >= at.getTime()), 'no job started before its instant');
    // Started in the same turn of the event loop: by its first await, each saw every job started.
    assert.deepEqual(new Set(burst.map((s) => s.startedByFirstAwait)), new Set([21]));
  });

  it('sends the jobs it holds back to the queue when it stops, to be fetched ahead again', async () => {
    await t.database.db.execute(sql`delete from pgboss.job where name = ${QUEUE}`);
    const at = new Date(Date.now() + 3_600_000);
    await queue.boss.insert(QUEUE, [{ data: { n: 700, at: at.toISOString() } }]);
    await until('the job to be held', async () => (await jobs()).some((j) => j.state === 'active'));
    await queue.stop();

    const rows = await jobs();
    assert.deepEqual(rows.map((r) => [r.state, r.data.n]), [['completed', 700], ['created', 700]]);
    assert.equal(new Date(rows[1]!.start_after).getTime(), at.getTime() - AHEAD_MS);
    assert.ok(!started.some((s) => s.n === 700), 'the held job never ran');
    queue = await JobQueue.start(t.database, t.app.log, { runWorkers: false, now: () => new Date(), app: t.app, definitions: [heldJob] });
  });
});
