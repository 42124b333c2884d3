import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AtpAgent } from '@atproto/api';
import { TestNetwork, TestNetworkNoAppView } from '@atproto/dev-env';
import pg from 'pg';
import { prepareLocalBluesky } from '../../../config/index.ts';
import { freePort } from '../../../testing/free-port.ts';

export interface LocalAccount {
  name: string;
  handle: string;
  did: string;
  email: string;
  /** The account password: for acting as this person in a test, never for Canopy. */
  password: string;
  /** What a person gives Canopy. */
  appPassword: string;
}

export interface LocalBluesky {
  /** The PDS, where every account lives: http://localhost:<port>. */
  pdsUrl: string;
  /** The PLC directory, where the accounts' DIDs resolve. */
  plcUrl: string;
  /** The AppView, when one runs. */
  appViewUrl: string | null;
  accounts: Record<string, LocalAccount>;
  /** How long the network took to start, in ms (accounts not included). */
  startedInMs: number;
  /** An agent signed in as the person (one per person), for doing what they do (reply, like) in a test. */
  agentFor(name: string): Promise<AtpAgent>;
  /** Waits until the PDS's background work and the AppView's indexing have caught up. */
  processAll(): Promise<void>;
  close(): Promise<void>;
}

/** An AppView URL for a PDS that has none: a closed local port, so nothing is looked up in DNS. */
const NO_APPVIEW = { bskyAppViewUrl: 'http://127.0.0.1:9', bskyAppViewDid: 'did:example:none' };

/** dev-env's Postgres schema names allow letters and underscores only. */
function schemaName(): string {
  return `canopy_${Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}

async function startNetwork(appView: boolean): Promise<{ network: TestNetworkNoAppView; appViewUrl: string | null; dropSchemas: () => Promise<void> }> {
  if (!appView) {
    return { network: await TestNetworkNoAppView.create({ pds: NO_APPVIEW }), appViewUrl: null, dropSchemas: async () => {} };
  }
  const { appViewDatabaseUrl } = prepareLocalBluesky();
  const schema = schemaName();
  const port = await freePort();
  const appViewUrl = `http://localhost:${port}`;
  const dropSchemas = async () => {
    const client = new pg.Client({ connectionString: appViewDatabaseUrl });
    await client.connect();
    try {
      for (const prefix of ['appview', 'bsync', 'ozone']) await client.query(`DROP SCHEMA IF EXISTS ${prefix}_${schema} CASCADE`);
    } finally {
      await client.end();
    }
  };
  try {
    // publicUrl makes the AppView build image URLs that point at itself.
    const network = await TestNetwork.create({ dbPostgresUrl: appViewDatabaseUrl, dbPostgresSchema: schema, bsky: { port, publicUrl: appViewUrl } });
    return { network, appViewUrl, dropSchemas };
  } catch (err) {
    const where = new URL(appViewDatabaseUrl);
    throw new Error(
      `The local Bluesky AppView could not start on PostgreSQL at ${where.host}${where.pathname} (set BLUESKY_APPVIEW_DATABASE_URL or TEST_DATABASE_URL): ${(err as Error).message}`,
      { cause: err },
    );
  }
}

/** The PDS keeps its SQLite files and blobs in fresh directories under the system temp dir. */
function pdsDirectories(network: TestNetworkNoAppView): string[] {
  const cfg = network.pds.ctx.cfg;
  const dirs = [path.dirname(cfg.db.accountDbLoc), cfg.blobstore.provider === 'disk' ? cfg.blobstore.location : null];
  return dirs.filter((d): d is string => !!d && d.startsWith(os.tmpdir() + path.sep));
}

async function createAccount(pdsUrl: string, name: string): Promise<LocalAccount> {
  const agent = new AtpAgent({ service: pdsUrl });
  const handle = `${name}.test`;
  const email = `${name}@example.test`;
  const password = `${name}-password-${randomBytes(4).toString('hex')}`;
  const created = await agent.createAccount({ handle, email, password });
  const app = await agent.com.atproto.server.createAppPassword({ name: 'canopy' });
  return { name, handle, did: created.data.did, email, password, appPassword: app.data.password };
}

/**
 * A real Bluesky network on this machine, from @atproto/dev-env, with one account per name
 * (default alice and bob, handles alice.test and bob.test) and an app password for each.
 *
 * Without the AppView it is a PDS and a PLC directory: repo reads and writes, blobs, sessions.
 * With it (notifications, threads, profiles, counts, search) it also needs PostgreSQL, whichever
 * database Canopy's own tests run on: the AppView's schemas are created under a fresh name and
 * dropped again at close. See prepareLocalBluesky() for where the PostgreSQL URL comes from.
 */
export async function startLocalBluesky(opts: { appView: boolean; accounts?: string[] }): Promise<LocalBluesky> {
  const started = performance.now();
  const { network, appViewUrl, dropSchemas } = await startNetwork(opts.appView);
  const startedInMs = performance.now() - started;
  const dirs = pdsDirectories(network);
  const close = async () => {
    try {
      await network.close();
    } finally {
      await dropSchemas();
      await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
    }
  };
  try {
    const pdsUrl = network.pds.url;
    const accounts: Record<string, LocalAccount> = {};
    for (const name of opts.accounts ?? ['alice', 'bob']) accounts[name] = await createAccount(pdsUrl, name);
    const agents = new Map<string, Promise<AtpAgent>>();
    const signIn = async (account: LocalAccount) => {
      const agent = new AtpAgent({ service: pdsUrl });
      await agent.login({ identifier: account.handle, password: account.password });
      return agent;
    };
    return {
      pdsUrl,
      plcUrl: network.plc.url,
      appViewUrl,
      accounts,
      startedInMs,
      agentFor(name) {
        const account = accounts[name];
        if (!account) return Promise.reject(new Error(`No local account named ${name}`));
        if (!agents.has(name)) agents.set(name, signIn(account));
        return agents.get(name)!;
      },
      processAll: () => network.processAll(),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
