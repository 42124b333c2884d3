import type { Logger } from 'pino';
import type { Config } from '../config/index.ts';
import type { Db } from '../db/client.ts';
import { NetworkHttp } from '../networks/http.ts';
import { createRegistry } from '../networks/registry.ts';
import { AuthCache } from './accounts/auth-cache.ts';
import { DbBudgetStore } from './profiles/budget-store.ts';
import type { SecretBox } from './secrets/box.ts';
import type { AppContext } from './types.ts';

/** Assembles what every command may use, from the running parts. */
export function createAppContext(parts: { db: Db; config: Config; secrets: SecretBox; log: Logger }): AppContext {
  const budgets = new DbBudgetStore(parts.db);
  const app: AppContext = {
    ...parts,
    now: () => new Date(),
    networks: createRegistry(parts.config.networkEndpoints),
    authCache: new AuthCache(),
    jobs: {
      send: () => Promise.reject(new Error('The job queue has not started yet.')),
    },
    networkHttp: (budgetKey) =>
      new NetworkHttp({
        budgetKey,
        budgets,
        allow: parts.config.networkAllowPrivateAddresses ? 'any' : 'public_only',
        now: () => app.now(),
      }),
  };
  return app;
}
