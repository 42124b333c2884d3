import type { TFunction } from 'i18next';
import type { Network } from '../api/types.ts';

/** Why a network cannot be used, in the reader's language where the app knows the reason, else as the API says it. */
export function unavailableReason(t: TFunction, network: Network): string {
  if (network.id === 'snapchat') return t('networks.unavailableReasons.snapchat', { network: network.name });
  return network.unavailable ?? '';
}
