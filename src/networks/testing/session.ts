import type { AdapterSession, Credentials, RemoteAccount } from '../adapter.ts';
import { NetworkHttp } from '../http.ts';
import { MemoryBudgetStore } from '../rate-budget.ts';

/** An adapter session for contract tests: loopback allowed, budgets in memory, short timeout. */
export function testSession(input: { account?: Partial<RemoteAccount>; credentials?: Credentials; timeoutMs?: number } = {}): AdapterSession {
  return {
    account: { remoteId: 'acct-1', handle: 'canopy_test', displayName: 'Canopy Test', ...input.account },
    credentials: input.credentials ?? { accessToken: 'test-access-token', refreshToken: 'test-refresh-token' },
    app: { clientId: 'test-client', clientSecret: 'test-secret' },
    http: testHttp(input.timeoutMs),
  };
}

export function testHttp(timeoutMs = 1_000): NetworkHttp {
  return new NetworkHttp({ budgetKey: `test-${Math.random()}`, budgets: new MemoryBudgetStore(), allow: ['127.0.0.1', '::1'], timeoutMs });
}
