import type { WorkspacePolicy } from '../../db/schema.ts';
import type { ComposePolicy } from './types.ts';

/** What the checks ask of a post, from what the workspace stores. */
export function composePolicyOf(policy: WorkspacePolicy): ComposePolicy {
  return {
    requireAltText: policy.requireAltText,
    bannedTerms: policy.bannedTerms,
    ...(policy.paidDisclosure && { requiredDisclosure: { when: 'paid' as const, text: policy.paidDisclosure } }),
  };
}
