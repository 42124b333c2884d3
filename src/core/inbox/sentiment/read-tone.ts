import Sentiment from 'sentiment';
import { englishAbusive, lexicons, type Lexicon } from './lexicons.ts';

export type Tone = 'positive' | 'neutral' | 'negative';
type Language = 'en' | 'el' | 'sr' | 'th';

const english = new Sentiment();
const segmenters = new Map<Language, Intl.Segmenter>();

/** The language a comment is most likely in, from its script: Greek, Cyrillic (Serbian), Thai, else English. */
function languageOf(text: string): Language {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const scripts: Array<[Language, number]> = [
    ['el', count(/[\u0370-\u03ff\u1f00-\u1fff]/g)],
    ['sr', count(/[\u0400-\u04ff]/g)],
    ['th', count(/[\u0e00-\u0e7f]/g)],
  ];
  const [language, letters] = scripts.sort((a, b) => b[1] - a[1])[0]!;
  return letters > 0 ? language : 'en';
}

/** Lower case, without accents (Greek tonos, Serbian Latin háček kept apart from the rest). */
const fold = (word: string) => word.toLocaleLowerCase().normalize('NFD').replace(/[\u0300-\u0301\u0308]/g, '').normalize('NFC');

function wordsOf(text: string, language: Language): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => fold(s.segment));
}

function weightOf(word: string, lexicon: Lexicon, whole: boolean): number {
  if (lexicon.words[word] !== undefined) return lexicon.words[word];
  if (whole) return 0;
  // The longest stem the word begins with, of at least three letters.
  let best = '';
  for (const stem of Object.keys(lexicon.words)) if (stem.length >= 3 && stem.length > best.length && word.startsWith(stem)) best = stem;
  return best ? lexicon.words[best]! : 0;
}

/**
 * Reads a comment's tone (positive, neutral or negative) and whether it insults, offline: English
 * through the sentiment library's AFINN lexicon; Greek, Serbian and Thai through word lists of our
 * own over Intl.Segmenter's words (Thai has no spaces between words), with "not" turning around
 * the weighty word that follows it.
 */
export function readTone(text: string): { tone: Tone; abusive: boolean } {
  const language = languageOf(text);
  let score: number;
  let abusive: boolean;
  if (language === 'en') {
    const read = english.analyze(text);
    score = read.score;
    abusive = read.tokens.some((w) => englishAbusive.includes(w));
  } else {
    const lexicon = lexicons[language];
    const words = wordsOf(text, language);
    score = 0;
    // A negator turns around the next word that carries weight, within the two words after it.
    let negatedFor = 0;
    for (const word of words) {
      if (lexicon.negators.includes(word)) {
        negatedFor = 2;
        continue;
      }
      const weight = weightOf(word, lexicon, language === 'th');
      score += negatedFor > 0 ? -weight : weight;
      negatedFor = weight !== 0 ? 0 : Math.max(0, negatedFor - 1);
    }
    abusive = words.some((w) => lexicon.abusive.some((a) => (language === 'th' ? w === a : w.startsWith(a))));
  }
  return { tone: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral', abusive };
}
