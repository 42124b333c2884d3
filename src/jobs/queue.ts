import { sql } from 'drizzle-orm';
import { fromDrizzle, fromPglite, PgBoss, type JobResult } from 'pg-boss';
import type { Logger } from 'pino';
import type { AppContext, JobSender } from '../core/types.ts';
import type { Database } from '../db/client.ts';
import { queueName, type JobDefinition } from './define-job.ts';
import { jobDefinitions } from './definitions/index.ts';
import { HeldWorker } from './held-worker.ts';

const heartbeatDefinition = { name: 'system-heartbeat', version: 1, queue: { retentionSeconds: 60, deleteAfterSeconds: 60 } };
export const HEARTBEAT = queueName(heartbeatDefinition);
const HEARTBEAT_EVERY_MS = 5_000;
/** Health fails when no heartbeat has gone round the queue for this long. */
const STALE_AFTER_MS = 30_000;
/**
 * How often a worker process looks for jobs whose worker died (a stale heartbeat, an expiry), so a
 * crashed worker's publishes run again within seconds rather than a minute.
 */
const SUPERVISE_EVERY_SECONDS = 10;
/** How often a held job's worker proves it is alive, when its queue does not say. */
const HELD_HEARTBEAT_SECONDS = 30;
/** Jobs a worker fetches at once and runs side by side, unless the queue's batch size says otherwise. */
const WORKER_BATCH = 10;

/**
 * pg-boss on Canopy's own database. Every process can enqueue; a process that runs workers also
 * sends itself a heartbeat job and handles it, which proves the whole loop (send, poll, complete)
 * for the health check.
 */
export class JobQueue {
  private lastHeartbeatAt: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly heldWorkers: HeldWorker[] = [];

  private constructor(
    readonly boss: PgBoss,
    readonly runsWorkers: boolean,
    private readonly now: () => Date,
  ) {}

  static async start(
    database: Database,
    log: Logger,
    opts: { runWorkers: boolean; now: () => Date; app: AppContext; definitions?: JobDefinition[]; batchSizes?: Record<string, number> },
  ): Promise<JobQueue> {
    const definitions = opts.definitions ?? jobDefinitions;
    const make = (runWorkers: boolean) => {
      const supervision = { schedule: runWorkers, supervise: runWorkers, superviseIntervalSeconds: SUPERVISE_EVERY_SECONDS, monitorIntervalSeconds: SUPERVISE_EVERY_SECONDS };
      const instance =
        database.kind === 'pglite'
          ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', ...supervision })
          : new PgBoss({ connectionString: database.url, max: 4, ...supervision });
      instance.on('error', (err: unknown) => log.error({ err }, 'job queue error'));
      return instance;
    };
    // Queues are made before the instance that sends starts, so its queue cache knows them all.
    // Sending inside a transaction then never needs a lookup of its own, which on PGlite (one
    // connection, held by that transaction) would wait forever.
    const setup = make(false);
    await setup.start();
    for (const def of [heartbeatDefinition, ...definitions]) {
      await setup.createQueue(queueName(def), def.queue ?? {});
      // createQueue leaves an existing queue as it was: bring its retry settings up to date.
      if (def.queue) await setup.updateQueue(queueName(def), def.queue);
    }
    await setup.stop({ graceful: false, close: database.kind !== 'pglite' });
    const boss = make(opts.runWorkers);
    await boss.start();
    const queue = new JobQueue(boss, opts.runWorkers, opts.now);
    if (opts.runWorkers) {
      await queue.startHeartbeat();
      for (const def of definitions) await queue.startWorker(def, opts.app, log, opts.batchSizes?.[queueName(def)] ?? WORKER_BATCH);
    }
    return queue;
  }

  private async startHeartbeat(): Promise<void> {
    // The first beat goes out before the worker's first poll, so health is green at once.
    const beat = () => this.boss.send(HEARTBEAT, {}).catch(() => undefined);
    await beat();
    await this.boss.work(HEARTBEAT, { pollingIntervalSeconds: 1, batchSize: 10 }, async () => {
      this.lastHeartbeatAt = this.now().getTime();
    });
    this.timer = setInterval(beat, HEARTBEAT_EVERY_MS);
    this.timer.unref();
  }

  private async startWorker(def: JobDefinition, app: AppContext, log: Logger, batchSize: number): Promise<void> {
    const name = queueName(def);
    if (def.held) {
      const worker = new HeldWorker(this.boss, name, { ...def, held: def.held }, app, log, this.now);
      worker.start(def.queue?.heartbeatSeconds ?? HELD_HEARTBEAT_SECONDS);
      this.heldWorkers.push(worker);
      log.debug({ queue: name }, 'worker started');
      return;
    }
    let handler: ((app: AppContext, payload: unknown) => Promise<void>) | undefined;
    // A full batch is followed at once by the next fetch (else each fetch waits out the polling
    // interval, which capped a worker at 5 jobs a second), and a batch's jobs run side by side, each
    // settled on its own: one job's error fails and retries that job only.
    const options = { pollingIntervalSeconds: 2, batchSize, burstWhenBatchFull: true, perJobResults: true } as const;
    await this.boss.work(name, options, async (jobs) => {
      const run = (handler ??= (await def.handler()).default);
      return Promise.all(
        jobs.map(async (job): Promise<JobResult> => {
          try {
            await run(app, def.payload.parse(job.data));
            return { id: job.id, status: 'completed' };
          } catch (err) {
            log.error({ err, queue: name, jobId: job.id }, 'job failed');
            return { id: job.id, status: 'failed', output: { message: err instanceof Error ? err.message : String(err) } };
          }
        }),
      );
    });
    if (def.schedule) await this.boss.schedule(name, def.schedule, {});
    log.debug({ queue: name }, 'worker started');
  }

  /** Sends jobs; inside a transaction when given one, so a job exists exactly when its change does. */
  sender(): JobSender {
    return {
      send: async (queue, payload, opts = {}) => {
        await this.boss.send(queue, payload, {
          ...(opts.startAfter ? { startAfter: opts.startAfter } : {}),
          // Our PgQueryResultHKT transaction types execute() loosely; its results have the rows pg-boss reads.
          ...(opts.tx ? { db: fromDrizzle(opts.tx as unknown as Parameters<typeof fromDrizzle>[0], sql) } : {}),
        });
      },
    };
  }

  /** In a worker process: whether a job has gone through the queue recently. Elsewhere always true. */
  isPolling(): boolean {
    if (!this.runsWorkers) return true;
    return this.lastHeartbeatAt !== null && this.now().getTime() - this.lastHeartbeatAt < STALE_AFTER_MS;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.heldWorkers.map((w) => w.stop()));
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}
