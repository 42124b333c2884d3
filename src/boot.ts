import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildServer } from './api/server.ts';
import type { Config } from './config/index.ts';
import { openDatabase, type Database } from './db/client.ts';
import { listenChannel } from './db/listen.ts';
import { migrateDatabase } from './db/migrate.ts';
import { loadSecretBox } from './core/secrets/box.ts';
import { createAppContext } from './core/app-context.ts';
import type { AppContext } from './core/types.ts';
import { JobQueue } from './jobs/queue.ts';

export type Role = 'all' | 'web' | 'worker';

export interface Running {
  app: AppContext;
  database: Database;
  queue: JobQueue;
  server: FastifyInstance | null;
  stop(): Promise<void>;
}

/** Opens the database, migrates it, starts the queue and, for the web roles, the HTTP server. */
export async function boot(config: Config, log: Logger, role: Role, opts: { database?: Database } = {}): Promise<Running> {
  const database = opts.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize }));
  await migrateDatabase(database);
  const secrets = await loadSecretBox(config);
  const app = createAppContext({ db: database.db, config, secrets, log });
  if (!config.mail) log.info('email is off: set SMTP_URL to send approval emails');
  const queue = await JobQueue.start(database, log, { runWorkers: role !== 'web', now: () => app.now(), app });
  app.jobs = queue.sender();
  const stopListening = await listenChannel(
    database,
    'canopy_auth',
    { onNotify: () => app.authCache.clear(), onListening: (on) => app.authCache.setListening(on) },
    log,
  );
  let server: FastifyInstance | null = null;
  if (role !== 'worker') {
    server = await buildServer({ app, queue });
    await server.listen({ port: config.port, host: config.host });
  }
  return {
    app,
    database,
    queue,
    server,
    async stop() {
      await server?.close();
      await stopListening();
      await queue.stop();
      if (!opts.database) await database.close();
    },
  };
}
