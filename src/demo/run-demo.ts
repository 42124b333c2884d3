import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { boot } from '../boot.ts';
import { loadConfig, prepareLocalBluesky } from '../config/index.ts';
import { createLogger } from '../log.ts';
import { startLocalBluesky } from '../networks/bluesky/testing/local-network.ts';
import { demoAccounts, demoOwner, seedDemo } from './seed-demo.ts';

/** The AppView (replies, mentions, counts) needs PostgreSQL; without one the demo runs without it. */
async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `npm run demo`: a local Bluesky network with a few accounts and some activity, and a fresh
 * Canopy whose demo workspace has two of them connected. Nothing leaves this machine.
 */
export async function runDemo(): Promise<void> {
  const base = loadConfig();
  const config = { ...base, dataDir: path.join(base.dataDir, 'demo'), networkAllowPrivateAddresses: true, databaseUrl: undefined };
  await fs.rm(config.dataDir, { recursive: true, force: true });
  const log = createLogger(config);
  const appView = await postgresAnswers(prepareLocalBluesky().appViewDatabaseUrl);
  console.log(`Starting a local Bluesky network${appView ? ' with its AppView' : ' (no PostgreSQL found: replies, mentions and counts need the AppView)'}…`);
  const bluesky = await startLocalBluesky({ appView, accounts: demoAccounts });
  const running = await boot(config, log, 'all');
  await seedDemo(running.app, bluesky);
  console.log(
    [
      '',
      `Canopy demo is running at ${config.publicUrl}`,
      `  Sign in as ${demoOwner.email} with the password ${demoOwner.password}`,
      `  Local Bluesky PDS: ${bluesky.pdsUrl} (accounts: ${Object.values(bluesky.accounts).map((a) => a.handle).join(', ')})`,
      '  Everything is on this machine and is wiped at the next start. Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await running.stop();
    await bluesky.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
