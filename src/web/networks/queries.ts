import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.ts';
import type { Items, Network } from '../api/types.ts';

export const networksKey = ['networks'] as const;

/** Every network Canopy knows, how it connects and whether its app credentials are set. */
export function useNetworks() {
  return useQuery({
    queryKey: networksKey,
    queryFn: async () => (await get<Items<Network>>('/api/v1/networks')).items,
    staleTime: 60_000,
  });
}

/** The network's name, colour and id; an id the list does not know yet stands in for itself. */
export function networkOf(networks: Network[] | undefined, id: string): Pick<Network, 'id' | 'name' | 'color'> {
  return networks?.find((n) => n.id === id) ?? { id, name: id, color: '#868e96' };
}
