import type { Me } from '../api/types.ts';
import { useMe } from '../api/me.ts';

/** For pages inside RequireAuth, which only renders them once /me has answered with a person. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside RequireAuth');
  return data;
}
