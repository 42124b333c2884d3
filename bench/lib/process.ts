import { spawn, type ChildProcess } from 'node:child_process';
export { freePort } from '../../src/testing/free-port.ts';

export interface Spawned {
  child: ChildProcess;
  /** The last few kilobytes the process wrote, for an error message. */
  output(): string;
  /** Ends the whole process group: SIGTERM, then SIGKILL if it has not exited in graceMs. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts a command in its own process group, so stopping it takes its children too. */
export function spawnGroup(command: string, args: string[], opts: { env: NodeJS.ProcessEnv; cwd: string }): Spawned {
  const child = spawn(command, args, { env: opts.env, cwd: opts.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8192);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch (err) {
      // ESRCH: the group is already gone.
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  };
  return {
    child,
    output: () => tail,
    async stop(graceMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      // Children that outlived the leader.
      signalGroup('SIGKILL');
    },
  };
}

/** Polls url until it answers 200; returns the milliseconds since `since` (a performance.now()). */
export async function waitForOk(url: string, since: number, spawned: Spawned, timeoutMs = 60_000): Promise<number> {
  for (;;) {
    if (spawned.child.exitCode !== null || spawned.child.signalCode !== null) {
      throw new Error(`the process exited (${spawned.child.signalCode ?? spawned.child.exitCode}) before ${url} answered 200:\n${spawned.output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${spawned.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
