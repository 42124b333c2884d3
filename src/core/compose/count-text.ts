import { RichText } from '@atproto/api';
import twitterText from 'twitter-text';
import type { NetworkManifest, TextCounting } from '../../networks/manifest.ts';

/** What a network's text is measured by: its counting mode, and what a URL counts as where it shortens links. */
export type TextMeasure = Pick<NetworkManifest['text'], 'counting' | 'urlLength'>;

const utf8 = new TextEncoder();

/**
 * twitter-text finds URLs in time that grows with the square of a run of text without spaces
 * (100,000 characters of "a.a.a…" take 12 s). So it is given the text in pieces that end at
 * whitespace, which no URL or emoji crosses, so their counts add up to the whole's; and a run
 * longer than any URL a browser sends is counted as written, never as a URL.
 */
const PIECE = 1000;
const LONG_RUN = 2048;

function* pieces(text: string): Generator<{ text: string; longRun: boolean }> {
  let piece = '';
  for (const [token] of text.matchAll(/\s+|\S+/gu)) {
    if (token.length > LONG_RUN) {
      if (piece) yield { text: piece, longRun: false };
      piece = '';
      yield { text: token, longRun: true };
      continue;
    }
    piece += token;
    if (piece.length >= PIECE) {
      yield { text: piece, longRun: false };
      piece = '';
    }
  }
  if (piece) yield { text: piece, longRun: false };
}

/**
 * X's own count, by twitter-text (docs.x.com, "Counting characters"): the text is NFC-normalized;
 * code points in the ranges X lists (Latin, Greek, Cyrillic, Thai and others below U+1100, some
 * punctuation) count 1, anything else 2 (CJK), each emoji 2 however many code points it joins,
 * and every URL, with or without its scheme, counts urlLength.
 */
export function countWeighted(text: string, urlLength?: number): number {
  const defaults = twitterText.configs.defaults;
  const config = { ...defaults, transformedURLLength: urlLength ?? defaults.transformedURLLength };
  let length = 0;
  for (const piece of pieces(text)) {
    // Without a dot twitter-text finds no URL; "_" weighs what "." does.
    length += twitterText.parseTweet(piece.longRun ? piece.text.replaceAll('.', '_') : piece.text, config).weightedLength;
  }
  return length;
}

/** Grapheme clusters, what a reader sees as one character, counted the way Bluesky counts them (RichText). */
export function countGraphemes(text: string, urlLength?: number): number {
  return new RichText({ text: withUrlsAs(text, urlLength) }).graphemeLength;
}

/** Unicode code points: a combining mark counts on its own, and an emoji counts each code point it joins. */
export function countCodepoints(text: string, urlLength?: number): number {
  let count = 0;
  for (const _ of withUrlsAs(text, urlLength)) count++;
  return count;
}

/** UTF-16 code units, as JavaScript's length and most web forms count: a character beyond U+FFFF counts 2. */
export function countUtf16(text: string, urlLength?: number): number {
  return withUrlsAs(text, urlLength).length;
}

const counters: Record<TextCounting, (text: string, urlLength?: number) => number> = {
  weighted: countWeighted,
  graphemes: countGraphemes,
  codepoints: countCodepoints,
  utf16: countUtf16,
};

/** A text's length as the network counts it. */
export function countText(text: string, measure: TextMeasure): number {
  return counters[measure.counting](text, measure.urlLength);
}

export function countUtf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

/**
 * The text with each URL replaced by urlLength characters. Outside X only URLs that start with
 * http:// or https:// are shortened: Mastodon (the network that counts this way) finds URLs with
 * twitter-text's rules and requires the scheme.
 */
export function withUrlsAs(text: string, urlLength: number | undefined): string {
  if (urlLength === undefined || !text.includes('://')) return text;
  let out = '';
  for (const piece of pieces(text)) {
    if (piece.longRun) {
      out += piece.text;
      continue;
    }
    let at = 0;
    for (const { indices } of twitterText.extractUrlsWithIndices(piece.text, { extractUrlsWithoutProtocol: false })) {
      out += piece.text.slice(at, indices[0]) + 'x'.repeat(urlLength);
      at = indices[1];
    }
    out += piece.text.slice(at);
  }
  return out;
}
