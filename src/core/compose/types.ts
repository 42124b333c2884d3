import type { NetworkManifest } from '../../networks/manifest.ts';
import type { ComposeProblem } from './problems.ts';

/** A file attached to a post, described by what the browser or the media library knows of it. */
export interface ComposeMedia {
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  width?: number;
  height?: number;
  durationSeconds?: number;
  altText?: string;
}

/** Limits one account's server publishes about itself (a Mastodon instance, from the adapter's liveLimits). */
export type LiveLimits = Partial<NetworkManifest['text']> & { mediaMaxCount?: number };

/** The post as it would go to one network. */
export interface ComposeTarget {
  network: string;
  text: string;
  media?: ComposeMedia[];
  /** A paid partnership or promotion, which the workspace may require to be disclosed. */
  paid?: boolean;
  /** The account's own limits where its server differs from the network's defaults. */
  liveLimits?: LiveLimits;
}

/** What a workspace asks of every post. */
export interface ComposePolicy {
  requireAltText: boolean;
  bannedTerms: string[];
  /** Text a post must carry, e.g. "#ad" on paid posts. */
  requiredDisclosure?: { when: 'paid'; text: string };
}

export interface TargetResult {
  network: string;
  /** The text's length as the network counts it; null for a network Canopy does not know. */
  length: number | null;
  limit: number | null;
  ok: boolean;
  problems: ComposeProblem[];
}
