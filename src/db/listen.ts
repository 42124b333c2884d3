import pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from './client.ts';

const RECONNECT_MS = 5_000;

/**
 * Calls `onNotify` for each NOTIFY on a channel, in this process, whichever database Canopy runs
 * on. `onListening` says whether notifications are arriving, so a cache that relies on them can
 * stop caching while they are not. Returns a function that stops listening.
 */
export async function listenChannel(
  database: Database,
  channel: string,
  handlers: { onNotify: () => void; onListening: (on: boolean) => void },
  log: Logger,
): Promise<() => Promise<void>> {
  if (database.kind === 'pglite') {
    const unlisten = await database.pglite.listen(channel, handlers.onNotify);
    handlers.onListening(true);
    return async () => {
      handlers.onListening(false);
      await unlisten();
    };
  }
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const c = new pg.Client({ connectionString: database.url });
    c.on('notification', (n) => n.channel === channel && handlers.onNotify());
    c.on('error', (err) => {
      handlers.onListening(false);
      log.warn({ err, channel }, 'lost the database notification connection; caching is off until it is back');
      void c.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), RECONNECT_MS);
    });
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    client = c;
    handlers.onListening(true);
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    handlers.onListening(false);
    await client?.end().catch(() => undefined);
  };
}
