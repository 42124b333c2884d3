import { AppBskyRichtextFacet, RichText } from '@atproto/api';
import twitterText from 'twitter-text';

/** How many hashtags and @mentions a text holds, found the way a network finds them. */
export interface TagCount {
  hashtags: number;
  mentions: number;
}

/**
 * A hashtag: # (or the full-width ＃) then letters, marks, digits or underscores with at least one
 * letter, so Thai and Greek tags count whole and "#1" does not. Not inside a word or a URL fragment.
 */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#])[#＃](?=[\p{N}_]*[\p{L}\p{M}])[\p{L}\p{M}\p{N}_]+/gu;
/** A mention: @ then a handle of letters, digits, underscores and inner dots. Not an email address. */
const MENTION = /(?<![\p{L}\p{M}\p{N}_.@/])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;

/** For networks that publish no rules of their own (Instagram, Threads, YouTube). */
export function tagsByUnicode(text: string): TagCount {
  return { hashtags: text.match(HASHTAG)?.length ?? 0, mentions: text.match(MENTION)?.length ?? 0 };
}

/** X's own rules (twitter-text), which X uses to link them. */
export function tagsByTwitterText(text: string): TagCount {
  return { hashtags: twitterText.extractHashtags(text).length, mentions: twitterText.extractMentions(text).length };
}

/**
 * Bluesky's own rules: the facets RichText detects, without resolving handles (no network call:
 * a mention counts whether or not its handle exists).
 */
export function tagsByFacets(text: string): TagCount {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const count: TagCount = { hashtags: 0, mentions: 0 };
  for (const facet of rt.facets ?? []) {
    for (const feature of facet.features) {
      if (AppBskyRichtextFacet.isTag(feature)) count.hashtags++;
      else if (AppBskyRichtextFacet.isMention(feature)) count.mentions++;
    }
  }
  return count;
}
