import { text } from 'node:stream/consumers';
import { z } from 'zod';
import { email, password, personName, title } from '../api/schemas.ts';
import { signUp } from '../core/accounts/sign-up.ts';
import { AppError } from '../core/errors.ts';
import { createAppContext } from '../core/app-context.ts';
import { loadSecretBox } from '../core/secrets/box.ts';
import { loadConfig } from '../config/index.ts';
import { openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { createLogger } from '../log.ts';

const input = z.object({ email, password, name: personName, organization: title });

export async function runUserCreate(opts: { email: string; name: string; organization: string; password?: string }): Promise<void> {
  const pw = opts.password ?? (await text(process.stdin)).trim();
  const parsed = input.safeParse({ ...opts, password: pw });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    const secrets = await loadSecretBox(config);
    const app = createAppContext({ db: database.db, config, secrets, log: createLogger(config) });
    const created = await signUp(app, parsed.data);
    console.log(`Created ${parsed.data.email}, owner of "${parsed.data.organization}" (user ${created.userId}).`);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    console.error(err.message);
    process.exitCode = 2;
  } finally {
    await database.close();
  }
}
