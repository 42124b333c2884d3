import type { NetworkManifest } from '../../networks/manifest.ts';
import { countText, countUtf8Bytes } from './count-text.ts';
import type { NetworkRules } from './network-rules.ts';
import { problem, type ComposeProblem } from './problems.ts';

export interface TextCheck {
  length: number;
  limit: number;
  problems: ComposeProblem[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The text's length as the network counts it, and what the network would refuse in it. */
export function checkText(manifest: NetworkManifest, rules: NetworkRules, text: string, hasMedia: boolean): TextCheck {
  const name = manifest.name;
  const problems: ComposeProblem[] = [];
  const countable = rules.countable ? rules.countable(text) : text;
  const length = rules.count ? rules.count.length(countable) : countText(countable, manifest.text);
  const limit = rules.count ? rules.count.max : manifest.text.maxLength;
  const unit = rules.count?.unit ?? 'characters';

  if (text.trim() === '' && !hasMedia && !manifest.text.requiresMedia) {
    problems.push(problem('text_required', `A ${name} post needs text or media.`));
  }
  if (length > limit) {
    problems.push(problem('text_too_long', `The text counts ${plural(length, unit.slice(0, -1), unit)} on ${name}, which allows ${limit}.`, { max: limit, actual: length, unit }));
  }
  if (rules.maxBytes !== undefined) {
    const bytes = countUtf8Bytes(text);
    if (bytes > rules.maxBytes) {
      problems.push(problem('text_too_long', `The text takes ${bytes} bytes on ${name}, which allows ${rules.maxBytes}.`, { max: rules.maxBytes, actual: bytes, unit: 'bytes' }));
    }
  }
  const forbidden = rules.forbidden ? [...new Set(text.match(rules.forbidden) ?? [])] : [];
  if (forbidden.length > 0) {
    const shown = forbidden.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    problems.push(problem('invalid_characters', `${name} does not allow these characters in a post: ${shown.join(', ')}.`, { characters: forbidden }));
  }

  const tags = manifest.hashtags || manifest.mentions ? rules.findTags(text) : undefined;
  if (tags && manifest.hashtags && tags.hashtags > manifest.hashtags.max) {
    const max = manifest.hashtags.max;
    problems.push(problem('too_many_hashtags', `The text has ${tags.hashtags} hashtags; ${name} allows ${max}.`, { max, actual: tags.hashtags }));
  }
  if (tags && manifest.mentions && tags.mentions > manifest.mentions.max) {
    const max = manifest.mentions.max;
    problems.push(problem('too_many_mentions', `The text has ${tags.mentions} mentions; ${name} allows ${max}.`, { max, actual: tags.mentions }));
  }
  return { length, limit, problems };
}
