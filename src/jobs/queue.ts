import { fromPglite, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';

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

  static async start(database: Database, log: Logger, opts: { runWorkers: boolean; now: () => Date }): Promise<JobQueue> {
    const boss =
      database.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', schedule: opts.runWorkers, supervise: opts.runWorkers })
        : new PgBoss({ connectionString: database.url, max: 4, schedule: opts.runWorkers, supervise: opts.runWorkers });
    boss.on('error', (err: unknown) => log.error({ err }, 'job queue error'));
    await boss.start();
    const queue = new JobQueue(boss, opts.runWorkers, opts.now);
    if (opts.runWorkers) await queue.startHeartbeat();
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
