// A Canopy worker process (what `canopy worker` runs: the same database, queue, jobs and publisher)
// that also knows the fault network at NETWORK_ENDPOINTS.faultnet. Fault tests and benchmarks start
// several of these and kill them. The adapter is in the registry before the first job is fetched.
// Prints "ready" on stdout once its workers poll.
import { loadConfig } from '../../../config/index.ts';
import { openDatabase } from '../../../db/client.ts';
import { migrateDatabase } from '../../../db/migrate.ts';
import { JobQueue } from '../../../jobs/queue.ts';
import { createLogger } from '../../../log.ts';
import { createAppContext } from '../../app-context.ts';
import { loadSecretBox } from '../../secrets/box.ts';
import { createFaultNetworkAdapter, FAULT_NETWORK_ID } from './fault-adapter.ts';

const config = loadConfig();
const faultUrl = config.networkEndpoints[FAULT_NETWORK_ID];
if (!config.databaseUrl || !faultUrl) throw new Error(`fault-worker needs DATABASE_URL and NETWORK_ENDPOINTS.${FAULT_NETWORK_ID}`);
const log = createLogger(config);
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
await migrateDatabase(database);
const app = createAppContext({ db: database.db, config, secrets: await loadSecretBox(config), log });
app.networks.set(FAULT_NETWORK_ID, createFaultNetworkAdapter(faultUrl));
const queue = await JobQueue.start(database, log, { runWorkers: true, now: () => app.now(), app });
app.jobs = queue.sender();
process.stdout.write('ready\n');

// A worker outlives no test: when the process that started it dies, its stdin closes.
process.stdin.once('end', () => process.exit(1));
process.stdin.resume();
process.once('SIGTERM', () => {
  void queue
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
