import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtIndex = path.join(root, 'dist/web/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The server serves dist/web, so a browser test needs it built from the current sources: build it
 * when it is missing or older than any file of the app.
 */
export function ensureWebBuilt(): void {
  const sources = Math.max(newestMtime(path.join(root, 'src/web')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (fs.existsSync(builtIndex) && fs.statSync(builtIndex).mtimeMs >= sources) return;
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  if (!fs.existsSync(vite)) throw new Error('vite is not installed: run `npm install` first, then `npm run build:web`.');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !fs.existsSync(builtIndex)) {
    throw new Error('The web app did not build (`npm run build:web` failed); the browser test needs dist/web/index.html.');
  }
}
