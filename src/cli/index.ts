import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config/index.ts';
import { createLogger } from '../log.ts';
import { runServer } from './run-server.ts';
import { runKeysRotate } from './run-keys-rotate.ts';
import { runMigrate } from './run-migrate.ts';
import { runUserCreate } from './run-user-create.ts';

const program = new Command('canopy')
  .description('Canopy: plan, approve, publish and report across social networks.')
  .showHelpAfterError();

program
  .command('start')
  .description('Run the web app, the API and the workers in one process (the default for one machine)')
  .action(() => runServer('all'));
program
  .command('web')
  .description('Run only the web app and the API (scale out with several, sharing one PostgreSQL)')
  .action(() => runServer('web'));
program
  .command('worker')
  .description('Run only the background workers: publishing, inbox sync, reports')
  .action(() => runServer('worker'));
program
  .command('migrate')
  .description('Apply database migrations and exit (start does this too)')
  .action(() => runMigrate());
program
  .command('user')
  .description('Manage people')
  .command('create')
  .description('Create an organization and its owner, for a first sign-in without the web sign-up')
  .requiredOption('--email <email>', 'the owner’s email')
  .requiredOption('--name <name>', 'the owner’s name')
  .requiredOption('--organization <name>', 'the organization’s name')
  .option('--password <password>', 'the password (or pipe it on standard input)')
  .action((opts: { email: string; name: string; organization: string; password?: string }) => runUserCreate(opts));

program
  .command('demo')
  .description('Try Canopy with a local Bluesky network and a demo workspace; no social account needed')
  .action(async () => (await import('../demo/run-demo.ts')).runDemo());

program
  .command('keys')
  .description('Manage the key that encrypts tokens and secrets at rest')
  .command('rotate')
  .description('Re-encrypt every stored secret under a new key (see .env.example)')
  .action(() => runKeysRotate());

try {
  await program.parseAsync();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  createLogger(loadConfigOrDefault()).fatal({ err }, 'canopy stopped');
  process.exit(1);
}

function loadConfigOrDefault() {
  try {
    return loadConfig();
  } catch {
    return { logLevel: 'info' as const };
  }
}
