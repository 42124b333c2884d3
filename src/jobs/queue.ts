import { fromPglite, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { AppContext } from '../core/types.ts';
import type { Database } from '../db/client.ts';
import { queueName, type JobDefinition } from './define-job.ts';
import { jobDefinitions } from './definitions/index.ts';

const HEARTBEAT = 'system-heartbeat';
const HEARTBEAT_EVERY_MS = 5_000;
/** Health fails when no heartbeat has gone round the queue for this long. */
const STALE_AFTER_MS = 30_000;

/**
 * pg-boss on Canopy's own database. Every process can enqueue; a process that runs workers also
 * sends itself a heartbeat job and handles it, which proves the whole loop (send, poll, complete)
 * for the health check.
 */
export class JobQueue {
  private lastHeartbeatAt: number | null = null;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    readonly boss: PgBoss,
    readonly runsWorkers: boolean,
    private readonly now: () => Date,
  ) {}

  static async start(
    database: Database,
    log: Logger,
    opts: { runWorkers: boolean; now: () => Date; app: AppContext; definitions?: JobDefinition[] },
  ): Promise<JobQueue> {
    const boss =
      database.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', schedule: opts.runWorkers, supervise: opts.runWorkers })
        : new PgBoss({ connectionString: database.url, max: 4, schedule: opts.runWorkers, supervise: opts.runWorkers });
    boss.on('error', (err: unknown) => log.error({ err }, 'job queue error'));
    await boss.start();
    const queue = new JobQueue(boss, opts.runWorkers, opts.now);
    const definitions = opts.definitions ?? jobDefinitions;
    for (const def of definitions) await boss.createQueue(queueName(def));
    if (opts.runWorkers) {
      await queue.startHeartbeat();
      for (const def of definitions) await queue.startWorker(def, opts.app, log);
    }
    return queue;
  }

  private async startHeartbeat(): Promise<void> {
    await this.boss.createQueue(HEARTBEAT, { retentionSeconds: 60, deleteAfterSeconds: 60 });
    await this.boss.work(HEARTBEAT, { pollingIntervalSeconds: 1, batchSize: 10 }, async () => {
      this.lastHeartbeatAt = this.now().getTime();
    });
    const beat = () => this.boss.send(HEARTBEAT, {}).catch(() => undefined);
    await beat();
    this.timer = setInterval(beat, HEARTBEAT_EVERY_MS);
    this.timer.unref();
  }

  private async startWorker(def: JobDefinition, app: AppContext, log: Logger): Promise<void> {
    const name = queueName(def);
    let handler: ((app: AppContext, payload: unknown) => Promise<void>) | undefined;
    await this.boss.work(name, { pollingIntervalSeconds: 2, batchSize: 10 }, async (jobs) => {
      handler ??= (await def.handler()).default;
      for (const job of jobs) {
        const payload = def.payload.parse(job.data);
        await handler(app, payload);
      }
    });
    if (def.schedule) await this.boss.schedule(name, def.schedule, {});
    log.debug({ queue: name }, 'worker started');
  }

  /** In a worker process: whether a job has gone through the queue recently. Elsewhere always true. */
  isPolling(): boolean {
    if (!this.runsWorkers) return true;
    return this.lastHeartbeatAt !== null && this.now().getTime() - this.lastHeartbeatAt < STALE_AFTER_MS;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}
