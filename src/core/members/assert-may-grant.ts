import { forbidden } from '../errors.ts';
import type { Role } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';

/** Only an owner may hand out, or take away, the owner role. */
export function assertMayGrant(ctx: WorkspaceContext, role: Role): void {
  if (role === 'owner' && ctx.workspace.role !== 'owner') {
    throw forbidden('Only an owner can grant or change the owner role.');
  }
}
