import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { networkApps, oauthStates, profiles, users, workspaces } from '../../db/schema.ts';
import type { SecretBox } from './box.ts';

/** Every sealed column, with how to find and rewrite one row's value. */
const sealedColumns = [
  {
    name: 'profiles.credentials',
    read: (db: Db) => db.select({ key: profiles.id, value: profiles.credentials }).from(profiles),
    write: (db: Db, key: string, value: string) => db.update(profiles).set({ credentials: value }).where(eq(profiles.id, key)),
  },
  {
    name: 'users.totp_secret',
    read: (db: Db) => db.select({ key: users.id, value: users.totpSecret }).from(users).where(isNotNull(users.totpSecret)),
    write: (db: Db, key: string, value: string) => db.update(users).set({ totpSecret: value }).where(eq(users.id, key)),
  },
  {
    name: 'network_apps.client_secret',
    read: (db: Db) =>
      db
        .select({ key: sql<string>`${networkApps.organizationId} || '|' || ${networkApps.network}`, value: networkApps.clientSecret })
        .from(networkApps)
        .where(isNotNull(networkApps.clientSecret)),
    write: (db: Db, key: string, value: string) => {
      const [organizationId, network] = key.split('|') as [string, string];
      return db.update(networkApps).set({ clientSecret: value }).where(and(eq(networkApps.organizationId, organizationId), eq(networkApps.network, network)));
    },
  },
  {
    name: 'workspaces.links.bitlyToken',
    read: (db: Db) =>
      db
        .select({ key: workspaces.id, value: sql<string>`${workspaces.links}->>'bitlyToken'` })
        .from(workspaces)
        .where(isNotNull(sql`${workspaces.links}->>'bitlyToken'`)),
    write: (db: Db, key: string, value: string) =>
      db
        .update(workspaces)
        .set({ links: sql`jsonb_set(${workspaces.links}, '{bitlyToken}', to_jsonb(${value}::text))` })
        .where(eq(workspaces.id, key)),
  },
  {
    name: 'oauth_states.code_verifier',
    read: (db: Db) => db.select({ key: oauthStates.stateHash, value: oauthStates.codeVerifier }).from(oauthStates),
    write: (db: Db, key: string, value: string) => db.update(oauthStates).set({ codeVerifier: value }).where(eq(oauthStates.stateHash, key)),
  },
];

/**
 * Re-seals every secret under the box's current key. Values already under it are left alone, so
 * an interrupted rotation can simply be run again. Returns how many values each column re-sealed.
 */
export async function resealAll(db: Db, box: SecretBox): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const column of sealedColumns) {
    let resealed = 0;
    for (const row of await column.read(db)) {
      if (!row.value || box.isCurrent(row.value)) continue;
      await column.write(db, row.key, box.seal(box.open(row.value)));
      resealed++;
    }
    counts[column.name] = resealed;
  }
  return counts;
}
