/** A run of a post's text as a network shows it: plain, or a link, mention or hashtag it highlights. */
export interface TextRun {
  kind: 'text' | 'link' | 'mention' | 'hashtag';
  text: string;
}

// A link runs to the next space, less trailing punctuation; a mention may name its server
// (@ana@mastodon.social) or be a domain handle (@ana.bsky.social); a hashtag is letters, marks
// (Thai vowels and tones are marks) and digits in any script.
const pattern = /(https?:\/\/[^\s]+[^\s.,;:!?)"'»”])|(?<![\p{L}\p{N}_])(@[\p{L}\p{N}_]+(?:[.@][\p{L}\p{N}_-]+)*)|(?<![\p{L}\p{N}_&])(#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/gu;

/** Splits a post's text into plain runs and the links, mentions and hashtags a network highlights. */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) runs.push({ kind: 'text', text: text.slice(last, m.index) });
    runs.push({ kind: m[1] ? 'link' : m[2] ? 'mention' : 'hashtag', text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

/** The first link in a text, whose card a network shows under the post. */
export function firstLink(text: string): string | null {
  return textRuns(text).find((r) => r.kind === 'link')?.text ?? null;
}
