/** How a network lays out a post, close enough that a person recognises it in the preview. */
export interface PreviewLook {
  /** side: the avatar beside the text (X, Bluesky, Mastodon, Threads); top: a header above it (LinkedIn, Facebook); photo: the picture first (Instagram). */
  layout: 'side' | 'top' | 'photo';
  /** The colour of links, mentions and hashtags. */
  accent: string;
  avatar: 'circle' | 'rounded';
  /** What stands under or beside the name. */
  byline: 'handle' | 'time';
  /** Whether the network writes the handle with an @. */
  at: boolean;
}

const looks: Record<string, PreviewLook> = {
  x: { layout: 'side', accent: '#1d9bf0', avatar: 'circle', byline: 'handle', at: true },
  bluesky: { layout: 'side', accent: '#1083fe', avatar: 'circle', byline: 'handle', at: true },
  mastodon: { layout: 'side', accent: '#563acc', avatar: 'rounded', byline: 'handle', at: true },
  threads: { layout: 'side', accent: '#0095f6', avatar: 'circle', byline: 'time', at: false },
  linkedin: { layout: 'top', accent: '#0a66c2', avatar: 'circle', byline: 'time', at: false },
  facebook: { layout: 'top', accent: '#1877f2', avatar: 'circle', byline: 'time', at: false },
  instagram: { layout: 'photo', accent: '#00376b', avatar: 'circle', byline: 'handle', at: false },
};

/** The network's look, or a plain card in its brand colour for a network without one. */
export function lookOf(network: string, color: string): PreviewLook {
  return looks[network] ?? { layout: 'top', accent: color, avatar: 'rounded', byline: 'handle', at: true };
}
