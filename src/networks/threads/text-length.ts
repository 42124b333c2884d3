/**
 * How Threads counts a post's length (Meta docs: "Threads API › Posts"): 500 characters, with an
 * emoji counting as many as its UTF-8 bytes (😀 counts 4, 👩🏽‍💻 counts 15). Meta does not say whether
 * other characters count as code points or as what people see, so each code point counts one:
 * Thai vowel marks and other combining marks count, and a post we accept is never too long.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const utf8 = new TextEncoder();

export const THREADS_MAX_LENGTH = 500;

export function threadsTextLength(text: string): number {
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    length += EMOJI.test(segment) ? utf8.encode(segment).length : [...segment].length;
  }
  return length;
}
