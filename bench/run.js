// `npm run bench` runs every benchmark in turn; `npm run bench -- NAME [NAME…]` runs the named ones.
// Each prints one JSON line per figure on stdout. To add a benchmark, add bench/<name>.ts and its
// name to this list.
import { spawnSync } from 'node:child_process';

const benches = ['api-read', 'cold-start', 'adapter-overhead', 'publish-burst', 'crash-publish', 'inbox-ingest'];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !benches.includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${benches.join(', ')}.`);
  process.exit(2);
}
let failed = 0;
for (const name of asked.length ? asked : benches) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`bench ${name} failed (${result.signal ?? `exit ${result.status}`})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
