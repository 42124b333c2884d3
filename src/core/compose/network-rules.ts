import { THREADS_MAX_LENGTH, threadsTextLength } from '../../networks/threads/text-length.ts';
import { YOUTUBE_DESCRIPTION_MAX_BYTES } from '../../networks/youtube/manifest.ts';
import { countUtf8Bytes } from './count-text.ts';
import { tagsByFacets, tagsByTwitterText, tagsByUnicode, type TagCount } from './find-tags.ts';

/**
 * Rules a manifest cannot say (its counting modes and limits are all most networks need). Each
 * names where the network documents it; where the network's folder already holds the rule, it is
 * used from there, so the composer and the publisher agree.
 */
export interface NetworkRules {
  /** Counts instead of the manifest's counting mode, in this unit, against this limit. */
  count?: { unit: 'characters' | 'bytes'; length(text: string): number; max: number };
  /** A cap on the text's UTF-8 bytes besides its length. */
  maxBytes?: number;
  /** Characters the network refuses in a post. */
  forbidden?: RegExp;
  /** The text as the network measures it, before counting (Mastodon drops remote mentions' domains). */
  countable?(text: string): string;
  findTags(text: string): TagCount;
  /** An animated GIF goes alone, as a video does (X: "up to 4 images, 1 GIF or 1 video"). */
  gifCountsAsVideo?: boolean;
}

/** The app.bsky.feed.post lexicon's text: 300 graphemes (the manifest's limit) and 3000 UTF-8 bytes. */
export const BLUESKY_MAX_TEXT_BYTES = 3000;

/**
 * Mastodon counts a remote mention as its local part, since that is all it shows: "@ana@example.social"
 * counts as "@ana" (StatusLengthValidator). Mentions follow its account pattern.
 */
const REMOTE_MENTION = /(?<![=/\p{L}\p{M}\p{N}\p{Pc}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\p{L}\p{M}\p{N}\p{Pc}]+(?:[.-]+[\p{L}\p{M}\p{N}\p{Pc}]+)*/giu;

const rules = new Map<string, NetworkRules>(Object.entries({
  x: {
    findTags: tagsByTwitterText,
    // twitter-text's own list (U+FFFE, U+FEFF, U+FFFF) makes X refuse a post.
    forbidden: /[\uFFFE\uFEFF\uFFFF]/gu,
    gifCountsAsVideo: true,
  },
  bluesky: { findTags: tagsByFacets, maxBytes: BLUESKY_MAX_TEXT_BYTES },
  mastodon: { findTags: tagsByUnicode, countable: (text) => text.replace(REMOTE_MENTION, '@$1') },
  // Threads counts an emoji as its UTF-8 bytes (networks/threads/text-length.ts).
  threads: { findTags: tagsByUnicode, count: { unit: 'characters', length: threadsTextLength, max: THREADS_MAX_LENGTH } },
  // A YouTube description is limited in UTF-8 bytes and refuses < and > (networks/youtube/publish.ts).
  youtube: {
    findTags: tagsByUnicode,
    count: { unit: 'bytes', length: countUtf8Bytes, max: YOUTUBE_DESCRIPTION_MAX_BYTES },
    forbidden: /[<>]/gu,
  },
} satisfies Record<string, NetworkRules>));

const plain: NetworkRules = { findTags: tagsByUnicode };

export function rulesFor(network: string): NetworkRules {
  return rules.get(network) ?? plain;
}
