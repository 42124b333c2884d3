// Runs after `npm install`: builds the web app so that `npm start` can serve it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('src/web/index.html')) {
  const result = spawnSync('vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
