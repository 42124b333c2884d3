import { policyCodes } from './problem-text.ts';
import type { CheckResult } from './queries.ts';

/**
 * Why the post may not be scheduled yet: a problem with a network always stops it (the network
 * would refuse it), a policy problem only where the workspace's policy blocks; null when nothing does.
 */
export function blockReason(results: CheckResult[], enforce: 'warn' | 'block'): 'network' | 'policy' | null {
  const problems = results.flatMap((r) => r.target.problems);
  if (problems.some((p) => !policyCodes.has(p.code))) return 'network';
  if (enforce === 'block' && problems.length > 0) return 'policy';
  return null;
}
