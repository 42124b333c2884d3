// Run by `npm install`: prepares the migrated PGlite snapshot that a first start begins from.
import { migratedSnapshot } from './pglite-snapshot.ts';

await migratedSnapshot({ create: true });
