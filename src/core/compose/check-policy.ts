import type { NetworkManifest } from '../../networks/manifest.ts';
import { termFinder } from './find-term.ts';
import { problem, type ComposeProblem } from './problems.ts';
import type { ComposeMedia, ComposePolicy } from './types.ts';

/**
 * What the workspace asks of a post, whatever the network: alt text on every photo (where the
 * network takes alt text), no banned terms, and a disclosure on paid posts.
 */
export function checkPolicy(manifest: NetworkManifest, policy: ComposePolicy, post: { text: string; media: ComposeMedia[]; paid: boolean }): ComposeProblem[] {
  const problems: ComposeProblem[] = [];
  if (policy.requireAltText && manifest.media.altText) {
    post.media.forEach((item, index) => {
      if (item.kind === 'image' && !item.altText?.trim()) {
        problems.push(problem('alt_text_required', `Photo ${index + 1} needs alt text: this workspace asks for it on every photo.`, { index }));
      }
    });
  }
  const contains = termFinder(post.text);
  const banned = [...new Set(policy.bannedTerms.map((t) => t.trim()).filter(Boolean))];
  for (const term of banned) {
    if (contains(term)) problems.push(problem('banned_term', `The text contains "${term}", which this workspace does not allow.`, { term }));
  }
  const disclosure = policy.requiredDisclosure;
  if (disclosure && disclosure.when === 'paid' && post.paid && !contains(disclosure.text)) {
    problems.push(problem('disclosure_required', `A paid post must say "${disclosure.text}".`, { text: disclosure.text }));
  }
  return problems;
}
