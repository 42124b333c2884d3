/** How a network counts the length of a post. */
export type TextCounting =
  /** Unicode grapheme clusters (Bluesky). */
  | 'graphemes'
  /** twitter-text's weighted length: most CJK and emoji count 2, URLs count urlLength (X). */
  | 'weighted'
  /**
   * UTF-16 code units, as most web forms count (LinkedIn, Facebook, Instagram). YouTube's
   * description is limited in UTF-8 bytes, which the composer and its publisher check.
   */
  | 'utf16'
  /**
   * Unicode code points, URLs as urlLength (Mastodon; its servers count grapheme clusters, which
   * are never more, so a count here is never short). Threads counts code points with emoji as
   * their UTF-8 bytes: the composer and its publisher apply that (threads/text-length.ts).
   */
  | 'codepoints';

export interface MediaLimits {
  /** MIME types the network accepts. */
  types: string[];
  maxBytes: number;
  /** With both a maximum width and height, a frame may be turned either way (X: 1920×1200 and 1200×1900). */
  maxWidth?: number;
  maxHeight?: number;
  minWidth?: number;
  /** Width / height, inclusive. */
  minAspectRatio?: number;
  maxAspectRatio?: number;
  maxDurationSeconds?: number;
  minDurationSeconds?: number;
}

export type AuthKind = 'oauth2' | 'app_password' | 'none';

export interface NetworkManifest {
  id: string;
  name: string;
  /** Brand color for the profile badge. */
  color: string;
  auth: {
    kind: AuthKind;
    /** OAuth scopes Canopy asks for. */
    scopes?: string[];
    pkce?: boolean;
    /** Where an admin gets app credentials (client id and secret) for this network. */
    appCredentialsHelpUrl?: string;
    /** Fields a person types to connect a credentials network, e.g. service, identifier, appPassword. */
    credentialFields?: Array<{ name: string; secret: boolean; defaultValue?: string }>;
  };
  capabilities: {
    publish: boolean;
    inbox: Array<'comments' | 'mentions' | 'messages'>;
    metrics: boolean;
    search: boolean;
  };
  /** A network Canopy lists but cannot use, with the reason shown to people. */
  unavailable?: string;
  text: {
    maxLength: number;
    counting: TextCounting;
    /** Length any URL counts as, where the network shortens links. */
    urlLength?: number;
    /** Whether a post may be text only (Instagram, TikTok, YouTube and Pinterest need media). */
    requiresMedia?: boolean;
  };
  media: {
    maxCount: number;
    image?: MediaLimits;
    video?: MediaLimits & { maxCount: number };
    /** Whether images and a video may share a post. */
    mixing: boolean;
    altText?: { maxLength: number };
  };
  hashtags?: { max: number };
  mentions?: { max: number };
  /** Posting quotas the network enforces per account. */
  quotas?: { postsPer24h?: number };
  threads: boolean;
  firstComment: boolean;
  link: { preview: boolean; field: boolean };
}
