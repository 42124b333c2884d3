import type { Connector, NetworkAdapter, OAuthConnector } from '../../networks/adapter.ts';
import { AppError } from '../errors.ts';
import type { AppContext } from '../types.ts';

/** The adapter for a network id, refusing unknown networks and those Canopy lists as unavailable. */
export function findNetwork(ctx: AppContext, network: string): NetworkAdapter {
  const adapter = ctx.networks.get(network);
  if (!adapter) {
    throw new AppError('validation_failed', `Unknown network "${network}". Choose one of: ${[...ctx.networks.keys()].join(', ')}.`, {
      problems: [{ field: 'network', message: 'unknown network' }],
    });
  }
  if (adapter.manifest.unavailable) throw new AppError('network_rejected', `${adapter.manifest.name} cannot be connected: ${adapter.manifest.unavailable}`);
  return adapter;
}

/** The OAuth way to connect a network, whether it is its only way or its second one. */
export function oauthConnectorOf(adapter: NetworkAdapter): OAuthConnector | undefined {
  return adapter.oauth ?? (adapter.connector?.kind === 'oauth2' ? adapter.connector : undefined);
}

/** The connector that made a profile's credentials, which is the one that refreshes and revokes them. */
export function connectorOf(adapter: NetworkAdapter | undefined, connectedWith: 'oauth2' | 'credentials'): Connector | undefined {
  if (!adapter) return undefined;
  return connectedWith === 'oauth2' ? oauthConnectorOf(adapter) : adapter.connector;
}

/** Where Canopy publishes its client metadata for networks that read it (atproto OAuth). */
export function clientMetadataUrl(publicUrl: string, network: string): string {
  return `${publicUrl}/api/v1/oauth/client-metadata/${network}`;
}
