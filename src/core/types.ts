import type { Logger } from 'pino';
import type { Config } from '../config/index.ts';
import type { Db, Tx } from '../db/client.ts';
import type { NetworkAdapter } from '../networks/adapter.ts';
import type { NetworkHttp } from '../networks/http.ts';
import type { AuthCache } from './accounts/auth-cache.ts';
import type { SecretBox } from './secrets/box.ts';
import type { OrgRole, Role } from './policies/roles.ts';

/** Puts background work on the queue; with `tx`, in the same transaction as the change it belongs to. */
export interface JobSender {
  send(queue: string, payload: Record<string, unknown>, opts?: { startAfter?: Date; tx?: Tx }): Promise<void>;
}

/** What every command may use. No HTTP here: the API and the CLI both build one of these. */
export interface AppContext {
  db: Db;
  config: Config;
  secrets: SecretBox;
  log: Logger;
  now: () => Date;
  /** The networks Canopy knows, by id. */
  networks: Map<string, NetworkAdapter>;
  jobs: JobSender;
  /** Who is calling and what they may enter, kept briefly; see AuthCache. */
  authCache: AuthCache;
  /** A guarded, budgeted HTTP client for calls made on behalf of one account (the budget key). */
  networkHttp(budgetKey: string): NetworkHttp;
}

export interface Actor {
  userId: string;
  organizationId: string;
  orgRole: OrgRole;
}

export interface ActorContext extends AppContext {
  actor: Actor;
}

/** A command scoped to one workspace the actor may enter, with the actor's role in it. */
export interface WorkspaceContext extends ActorContext {
  workspace: { id: string; organizationId: string; role: Role };
}
