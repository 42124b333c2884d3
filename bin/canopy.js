#!/usr/bin/env node
// Canopy needs Node 22.12 or newer; `npm install` brings one into node_modules/.bin.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Canopy needs Node.js 22.12 or newer; this is ${process.version}. Run it through npm (npm start), which uses the Node that npm install provides.`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/index.ts');
