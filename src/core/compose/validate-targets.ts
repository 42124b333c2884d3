import type { NetworkManifest } from '../../networks/manifest.ts';
import { checkMedia } from './check-media.ts';
import { checkPolicy } from './check-policy.ts';
import { checkText } from './check-text.ts';
import { rulesFor } from './network-rules.ts';
import { problem, type ComposeProblem } from './problems.ts';
import type { ComposePolicy, ComposeTarget, LiveLimits, TargetResult } from './types.ts';

/** Finds a network's manifest by id; undefined for a network Canopy does not know. */
export type ManifestLookup = (network: string) => NetworkManifest | undefined;

const noPolicy: ComposePolicy = { requireAltText: false, bannedTerms: [] };

/**
 * Checks a post against each network it is meant for, before anything is sent: the same rules the
 * composer shows as people type and the publisher relies on. Pure: it reads only the manifests.
 */
export function validateTargets(manifests: ManifestLookup, input: { targets: ComposeTarget[]; policy?: ComposePolicy | undefined }): TargetResult[] {
  return input.targets.map((target) => validateTarget(manifests, target, input.policy ?? noPolicy));
}

function validateTarget(manifests: ManifestLookup, target: ComposeTarget, policy: ComposePolicy): TargetResult {
  const known = manifests(target.network);
  if (!known) {
    return result(target.network, null, null, [problem('unknown_network', `Canopy does not know a network called "${target.network}".`, { network: target.network })]);
  }
  const manifest = withLiveLimits(known, target.liveLimits);
  const media = target.media ?? [];
  const text = checkText(manifest, rulesFor(manifest.id), target.text, media.length > 0);
  if (manifest.unavailable || !manifest.capabilities.publish) {
    const reason = manifest.unavailable ?? `${manifest.name} is an inbox: Canopy answers messages there but cannot publish posts to it.`;
    return result(target.network, text.length, text.limit, [problem('network_unavailable', reason, { network: manifest.id })]);
  }
  const problems = [
    ...text.problems,
    ...checkMedia(manifest, rulesFor(manifest.id), media),
    ...checkPolicy(manifest, policy, { text: target.text, media, paid: target.paid ?? false }),
  ];
  return result(target.network, text.length, text.limit, problems);
}

/** The manifest with what one account's server says of itself in place of the network's defaults. */
export function withLiveLimits(manifest: NetworkManifest, live: LiveLimits | undefined): NetworkManifest {
  if (!live) return manifest;
  const text = { ...manifest.text };
  if (live.maxLength !== undefined) text.maxLength = live.maxLength;
  if (live.counting !== undefined) text.counting = live.counting;
  if (live.urlLength !== undefined) text.urlLength = live.urlLength;
  const media = live.mediaMaxCount === undefined ? manifest.media : { ...manifest.media, maxCount: live.mediaMaxCount };
  return { ...manifest, text, media };
}

function result(network: string, length: number | null, limit: number | null, problems: ComposeProblem[]): TargetResult {
  return { network, length, limit, ok: problems.length === 0, problems };
}
