import type { NetworkAdapter } from '../../networks/adapter.ts';
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
