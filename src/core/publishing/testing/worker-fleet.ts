import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnv } from '../../../config/index.ts';

const entry = fileURLToPath(new URL('./fault-worker.ts', import.meta.url));

export interface WorkerFleetOptions {
  size: number;
  /** Environment for the workers, on top of this process's: DATABASE_URL, CANOPY_SECRET_KEY, NETWORK_ENDPOINTS… */
  env: Record<string, string | undefined>;
}

/**
 * Several Canopy worker processes (fault-worker.ts) on one PostgreSQL, which a test can kill with
 * SIGKILL at any moment and start again, as an orchestrator restarts a crashed container.
 */
export class WorkerFleet {
  private readonly slots: Array<ChildProcess | null>;
  private readonly restarting = new Map<number, Promise<void>>();
  private stopping = false;
  /** Restarts that failed: a test should see none. */
  readonly restartFailures: unknown[] = [];
  kills = 0;

  constructor(private readonly opts: WorkerFleetOptions) {
    this.slots = Array.from({ length: opts.size }, () => null);
  }

  async start(): Promise<void> {
    await Promise.all(this.slots.map((_, i) => this.startSlot(i)));
  }

  /**
   * Kills one running worker, chosen by `random`, without warning, and starts a new one in its
   * place in the background (as an orchestrator would), so kills can come faster than restarts.
   */
  async killOne(random: () => number = Math.random): Promise<void> {
    // Only a worker that is up can die; when all are still starting, wait for one.
    if (this.restarting.size === this.slots.length) await Promise.race(this.restarting.values());
    const up = this.slots.flatMap((c, i) => (c && !this.restarting.has(i) ? [i] : []));
    const i = up[Math.floor(random() * up.length)]!;
    const child = this.slots[i]!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills++;
    if (this.stopping) return;
    const restart = this.startSlot(i)
      .catch((err: unknown) => {
        // Stopping the fleet ends a worker that was still starting; any other failure is kept.
        if (!this.stopping) this.restartFailures.push(err);
      })
      .finally(() => this.restarting.delete(i));
    this.restarting.set(i, restart);
  }

  /** Stops every worker, those still starting too: SIGTERM, then SIGKILL after a few seconds. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.slots.map(async (child) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await Promise.allSettled(this.restarting.values());
  }

  private async startSlot(i: number): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: childEnv({ NODE_ENV: 'production', LOG_LEVEL: 'error', NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true', ...this.opts.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.slots[i] = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready\n')) {
          child.stdout!.off('data', onData);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-8192);
      });
      child.once('exit', (code, signal) => reject(new Error(`a worker exited (${signal ?? code}) before it was ready:\n${output}`)));
    });
    // Keep draining its output so a chatty worker never blocks on a full pipe.
    child.stdout!.resume();
  }
}
