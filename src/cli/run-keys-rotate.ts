import { loadConfig } from '../config/index.ts';
import { forgetPreviousKeys, loadSecretBox, rotateKeyFile } from '../core/secrets/box.ts';
import { resealAll } from '../core/secrets/reseal-all.ts';
import { openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';

/**
 * With the key file: makes a new key and re-seals every secret under it, then forgets the old one.
 * With CANOPY_SECRET_KEY: re-seals everything under that key, opening older values with
 * CANOPY_PREVIOUS_SECRET_KEYS; remove those afterwards. Restart running processes after either.
 */
export async function runKeysRotate(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    const usesFile = !config.secretKey;
    const box = usesFile ? await rotateKeyFile(config.dataDir) : await loadSecretBox(config);
    const counts = await resealAll(database.db, box);
    if (usesFile) await forgetPreviousKeys(config.dataDir);
    for (const [column, n] of Object.entries(counts)) console.log(`${column}: ${n} re-sealed`);
    console.log(
      usesFile
        ? 'Done: DATA_DIR/secret.key holds the new key. Restart Canopy.'
        : 'Done: everything is sealed under CANOPY_SECRET_KEY. Remove CANOPY_PREVIOUS_SECRET_KEYS and restart Canopy.',
    );
  } finally {
    await database.close();
  }
}
