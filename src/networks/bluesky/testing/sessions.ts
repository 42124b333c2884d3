import assert from 'node:assert/strict';
import type { AdapterSession, CredentialConnector, NetworkAdapter } from '../../adapter.ts';
import { testHttp } from '../../testing/session.ts';
import { createBlueskyAdapter } from '../index.ts';
import type { LocalBluesky } from './local-network.ts';

/** The Bluesky adapter with its connector, pointed at a local network's PDS. */
export function localAdapter(network: LocalBluesky): NetworkAdapter & { connector: CredentialConnector } {
  const adapter = createBlueskyAdapter({ bluesky: network.pdsUrl });
  assert.equal(adapter.connector?.kind, 'credentials');
  return adapter as NetworkAdapter & { connector: CredentialConnector };
}

/**
 * A profile connected the way a person connects it (handle and app password), as the session an
 * adapter call gets, whose calls time out after `timeoutMs`. `serviceUrl` puts something (a proxy)
 * in front of the PDS.
 */
export async function connectedSession(network: LocalBluesky, name: string, opts: { timeoutMs?: number; serviceUrl?: string } = {}): Promise<AdapterSession> {
  const account = network.accounts[name];
  assert.ok(account, `no local account ${name}`);
  const connected = await localAdapter(network).connector.connect(testHttp(10_000), { identifier: account.handle, appPassword: account.appPassword });
  if (connected.kind !== 'ok') assert.fail(`connecting ${name} failed: ${JSON.stringify(connected)}`);
  return {
    account: { ...connected.value.account, ...(opts.serviceUrl ? { serviceUrl: opts.serviceUrl } : {}) },
    credentials: connected.value.credentials,
    http: testHttp(opts.timeoutMs ?? 10_000),
  };
}
