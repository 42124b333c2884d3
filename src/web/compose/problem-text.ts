import type { TFunction } from 'i18next';
import { composeProblemCodes, type ComposeProblemCode } from '../../core/compose/problems.ts';
import type { Formatters } from '../i18n/format.ts';
import type { CheckProblem } from './queries.ts';

/** Problems that come from the workspace's policy rather than the network: they block only where the policy says so. */
export const policyCodes: ReadonlySet<string> = new Set(['alt_text_required', 'banned_term', 'disclosure_required']);

/** Every code but an unavailable network, whose reason the network's own manifest gives, in English. */
type TranslatedCode = Exclude<ComposeProblemCode, 'network_unavailable'>;

const isTranslated = (code: string): code is TranslatedCode => code !== 'network_unavailable' && (composeProblemCodes as readonly string[]).includes(code);

const megabytes = (format: Formatters, bytes: number) => `${format.number(Math.round((bytes / 1_048_576) * 10) / 10)} MB`;

/** One problem in the reader's language, its figures formatted for them; the API's English for a code this app does not know. */
export function problemText(t: TFunction, format: Formatters, networkName: string, p: CheckProblem): string {
  const code = p.code;
  if (!isTranslated(code)) return p.message;
  const params = p.params ?? {};
  const figure = (key: string) => {
    const value = params[key];
    if (typeof value !== 'number') return String(value ?? '');
    return code === 'media_too_large' ? megabytes(format, value) : format.number(value);
  };
  return t(`compose.problems.${code}`, {
    network: networkName,
    max: figure('max'),
    min: figure('min'),
    actual: figure('actual'),
    number: typeof params.index === 'number' ? format.number(params.index + 1) : '',
    mimeType: String(params.mimeType ?? ''),
    term: String(params.term ?? ''),
    text: String(params.text ?? ''),
    characters: Array.isArray(params.characters) ? params.characters.join(' ') : '',
  });
}
