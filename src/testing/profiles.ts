import { randomUUID } from 'node:crypto';
import { profiles } from '../db/schema.ts';
import type { TestApp } from './app.ts';

/** A connected profile stored directly, for tests whose network is scripted rather than connected. */
export async function insertProfile(t: TestApp, input: { organizationId: string; workspaceId: string; network: string; handle?: string; remoteId?: string }): Promise<string> {
  const [row] = await t.database.db
    .insert(profiles)
    .values({
      organizationId: input.organizationId,
      workspaceId: input.workspaceId,
      network: input.network,
      remoteId: input.remoteId ?? `acct-${randomUUID()}`,
      handle: input.handle ?? 'brand',
      displayName: 'Brand',
      credentials: t.app.secrets.seal('{}'),
    })
    .returning({ id: profiles.id });
  return row!.id;
}
