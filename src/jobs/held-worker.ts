import type { Job, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { AppContext } from '../core/types.ts';
import type { JobDefinition } from './define-job.ts';

/** Jobs fetched at once; fewer than this means the queue has nothing more ready. */
const FETCH_BATCH = 500;
/** How long an idle worker waits before it looks for jobs again. */
const POLL_MS = 1_000;
/** Finished jobs are completed together, this often. */
const COMPLETE_EVERY_MS = 50;
/** A stopping worker waits this long for the jobs it already started. */
const STOP_WAIT_MS = 10_000;

type Run = (app: AppContext, payload: unknown) => Promise<void>;

/**
 * Works a queue whose jobs are sent ahead of the instant they are for (see JobDefinition.held).
 * It fetches them as soon as they are ready, holds each until its instant, and starts all jobs of
 * one instant in the same turn of the event loop, so work they share is batched and a burst due at
 * one time starts at that time, not as fast as the queue hands jobs out. Held jobs stay active in
 * pg-boss, their heartbeats kept in one statement: a worker that dies has its jobs retried by
 * another. A worker that stops sends the jobs it still holds back to the queue.
 */
export class HeldWorker {
  private readonly held = new Map<string, Job>();
  private readonly waiting = new Map<number, { timer: NodeJS.Timeout; jobs: Job[] }>();
  private readonly finished: Job[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private running = 0;
  private stopping = false;
  private loop: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;

  constructor(
    private readonly boss: PgBoss,
    private readonly name: string,
    private readonly def: JobDefinition & { held: NonNullable<JobDefinition['held']> },
    private readonly app: AppContext,
    private readonly log: Logger,
    private readonly now: () => Date,
  ) {}

  start(heartbeatSeconds: number): void {
    this.loop = this.fetchLoop();
    this.timers.push(setInterval(() => void this.complete(), COMPLETE_EVERY_MS));
    this.timers.push(setInterval(() => void this.touch(), (heartbeatSeconds * 1000) / 2));
    for (const t of this.timers) t.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    await this.handBack();
    const deadline = Date.now() + STOP_WAIT_MS;
    while (this.running > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const t of this.timers) clearInterval(t);
    await this.complete();
  }

  private async fetchLoop(): Promise<void> {
    const run = (await this.def.handler()).default as Run;
    while (!this.stopping) {
      const room = this.def.held.maxHeld - this.held.size;
      let jobs: Job[] = [];
      if (room > 0) {
        try {
          jobs = await this.boss.fetch(this.name, { batchSize: Math.min(room, FETCH_BATCH) });
        } catch (err) {
          this.log.error({ err, queue: this.name }, 'could not fetch jobs');
        }
      }
      // Jobs fetched as the worker stops are taken all the same: those held for later go back.
      for (const job of jobs) this.take(job, run);
      if (jobs.length < FETCH_BATCH && !this.stopping) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, POLL_MS).unref();
        });
        this.wake = undefined;
      }
    }
  }

  private take(job: Job, run: Run): void {
    this.held.set(job.id, job);
    const parsed = this.def.payload.safeParse(job.data);
    if (!parsed.success) {
      void this.fail(job, new Error(`invalid payload: ${parsed.error.message}`));
      return;
    }
    const instant = this.def.held.instant(parsed.data)?.getTime();
    if (instant === undefined || instant <= this.now().getTime()) {
      this.launch(job, run, parsed.data);
      return;
    }
    const group = this.waiting.get(instant);
    if (group) {
      group.jobs.push(job);
      return;
    }
    const timer = setTimeout(() => {
      const jobs = this.waiting.get(instant)?.jobs ?? [];
      this.waiting.delete(instant);
      for (const j of jobs) this.launch(j, run, this.def.payload.parse(j.data));
    }, Math.min(instant - this.now().getTime(), 2 ** 31 - 1));
    this.waiting.set(instant, { timer, jobs: [job] });
  }

  private launch(job: Job, run: Run, payload: unknown): void {
    this.running++;
    run(this.app, payload)
      .then(
        () => {
          this.finished.push(job);
        },
        (err: unknown) => this.fail(job, err),
      )
      .finally(() => {
        this.running--;
        this.wake?.();
      });
  }

  private async fail(job: Job, err: unknown): Promise<void> {
    this.log.error({ err, queue: this.name, jobId: job.id }, 'job failed');
    await this.boss
      .fail(this.name, job, { message: err instanceof Error ? err.message : String(err) })
      .catch((e: unknown) => this.log.error({ err: e, queue: this.name, jobId: job.id }, 'could not fail a job'));
    this.held.delete(job.id);
  }

  /** Completes the jobs finished since the last time, in one statement per thousand. */
  private async complete(): Promise<void> {
    const done = this.finished.splice(0);
    for (let i = 0; i < done.length; i += 1_000) {
      const chunk = done.slice(i, i + 1_000);
      try {
        await this.boss.complete(this.name, chunk);
      } catch (err) {
        // Left active, the jobs run again after their heartbeat lapses; the work is idempotent.
        this.log.error({ err, queue: this.name }, 'could not complete jobs');
      }
      for (const job of chunk) this.held.delete(job.id);
    }
    if (done.length > 0) this.wake?.();
  }

  /** Tells pg-boss this worker is alive for every job it holds, in one statement per thousand. */
  private async touch(): Promise<void> {
    const jobs = [...this.held.values()];
    for (let i = 0; i < jobs.length; i += 1_000) {
      await this.boss.touch(this.name, jobs.slice(i, i + 1_000)).catch((err: unknown) => this.log.warn({ err, queue: this.name }, 'could not send job heartbeats'));
    }
  }

  /** Jobs held for an instant still to come go back to the queue, to be fetched ahead again. */
  private async handBack(): Promise<void> {
    const groups = [...this.waiting.entries()];
    this.waiting.clear();
    const jobs = groups.flatMap(([at, g]) => {
      clearTimeout(g.timer);
      return g.jobs.map((job) => ({ job, at }));
    });
    for (let i = 0; i < jobs.length; i += 1_000) {
      const chunk = jobs.slice(i, i + 1_000);
      const now = this.now().getTime();
      try {
        await this.boss.insert(
          this.name,
          chunk.map(({ job, at }) => ({ data: job.data as object, startAfter: new Date(Math.max(now, at - this.def.held.aheadMs)) })),
        );
        await this.boss.complete(this.name, chunk.map((c) => c.job));
      } catch (err) {
        // Left active, they run again once their heartbeat lapses.
        this.log.error({ err, queue: this.name }, 'could not hand held jobs back');
      }
      for (const { job } of chunk) this.held.delete(job.id);
    }
  }
}
