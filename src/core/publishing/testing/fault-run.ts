import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { createPostgresDatabase } from '../../../testing/database.ts';
import { createWorkspace, signUpOwner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';
import type { WorkspaceContext } from '../../types.ts';
import { enterWorkspace } from '../../workspaces/enter-workspace.ts';
import { createFaultNetworkAdapter, FAULT_NETWORK_ID } from './fault-adapter.ts';
import { FaultNetwork, type FaultPlan } from './fault-network.ts';
import { settledCount, type PublishAudit } from './publish-audit.ts';
import { WorkerFleet } from './worker-fleet.ts';

/** Faults a publisher must live through without losing or doubling a post; none of them is permanent. */
export const SURVIVABLE_FAULTS: FaultPlan = { acceptThenDrop: 0.05, unavailable: 0.01, rateLimited: 0.01, slow: 0.02, slowMs: 400, retryAfterSeconds: 1 };

export interface FaultRun {
  t: TestApp;
  network: FaultNetwork;
  ws: WorkspaceContext;
  profileIds: string[];
  /** Worker processes on this run's database (PostgreSQL), with its secret key and fault network. */
  fleet(size: number): WorkerFleet;
  stop(): Promise<void>;
}

/**
 * Canopy without workers of its own (the test or benchmark starts them), a fault network, and a
 * workspace with three profiles on it. On the suite's test database, or on a new database made on
 * the PostgreSQL server at `postgresUrl` (and dropped at the end).
 */
export async function prepareFaultRun(opts: { postgresUrl?: string } = {}): Promise<FaultRun> {
  const network = await new FaultNetwork().start();
  // Worker processes open the profiles' credentials too, so the key is one they can be given.
  const secretKey = randomBytes(32).toString('base64');
  const env = { NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true', NETWORK_ENDPOINTS: JSON.stringify({ [FAULT_NETWORK_ID]: network.url }), CANOPY_SECRET_KEY: secretKey };
  const t = opts.postgresUrl ? await startTestApp(env, 'web', { database: await createPostgresDatabase(opts.postgresUrl) }) : await startTestApp(env, 'web');
  t.app.networks.set(FAULT_NETWORK_ID, createFaultNetworkAdapter(network.url));
  const owner = await signUpOwner(t.url);
  const workspaceId = await createWorkspace(owner, 'Brand', 'UTC');
  const ws = await enterWorkspace({ ...t.app, actor: { userId: owner.userId, organizationId: owner.organizationId, orgRole: 'owner' } }, workspaceId);
  const profileIds: string[] = [];
  for (const handle of ['a', 'b', 'c']) profileIds.push(await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: FAULT_NETWORK_ID, handle }));
  return {
    t,
    network,
    ws,
    profileIds,
    fleet: (size) =>
      new WorkerFleet({
        size,
        env: { DATABASE_URL: t.database.kind === 'postgres' ? t.database.url : undefined, CANOPY_SECRET_KEY: secretKey, NETWORK_ENDPOINTS: env.NETWORK_ENDPOINTS },
      }),
    async stop() {
      await t.stop();
      await network.stop();
    },
  };
}

/** Waits until every target is published or failed, or the time is up; `between` runs between looks. */
export async function waitSettled(run: FaultRun, targetIds: string[], withinMs: number, between?: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + withinMs;
  while ((await settledCount(run.t.database.db, targetIds)) < targetIds.length && Date.now() < deadline) {
    await (between ? between() : new Promise((r) => setTimeout(r, 500)));
  }
}

/** Every target published once, none lost or doubled, and Canopy's record the same as the network's. */
export function assertExactlyOnce(audit: PublishAudit, network: FaultNetwork, expected: number): void {
  assert.equal(audit.unsettled, 0, `every target settled; still waiting:\n${audit.stuck.join('\n')}`);
  assert.equal(audit.duplicates, 0, 'no post published twice');
  assert.equal(audit.lost, 0, 'no post lost');
  assert.deepEqual(audit.failed, [], 'no permanent fault was injected, so nothing failed');
  assert.equal(audit.published, expected);
  assert.deepEqual(audit.disagreements, [], 'the ledger and the targets agree with the network');
  assert.ok(network.faults.acceptThenDrop > 0, 'some posts were accepted and their answers lost');
}
