import { boot, type Role } from '../boot.ts';
import { loadConfig } from '../config/index.ts';
import { createLogger } from '../log.ts';

export async function runServer(role: Role): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  const running = await boot(config, log, role);
  log.info({ role, url: running.server ? config.publicUrl : undefined, database: running.database.kind }, 'Canopy is running');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
