// The test command: every *.test.ts beside the code and the browser tests, on PGlite, or on
// PostgreSQL when TEST_DATABASE_URL is set. Extra arguments narrow it to the given files.
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
const args = [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=2',
  '--test-timeout=600000',
  ...(files.length ? files : ['src/**/*.test.ts', 'test/**/*.test.ts']),
];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } });
process.exit(result.status ?? 1);
