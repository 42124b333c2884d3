import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';

type Tree = { [key: string]: string | Tree };

const languages = ['en', 'el', 'sr', 'th'] as const;
const load = (lng: string): Tree => JSON.parse(fs.readFileSync(new URL(`./locales/${lng}.json`, import.meta.url), 'utf8')) as Tree;
const files = Object.fromEntries(languages.map((l) => [l, load(l)])) as Record<(typeof languages)[number], Tree>;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const flat = Object.fromEntries(languages.map((l) => [l, flatten(files[l])])) as Record<(typeof languages)[number], Map<string, string>>;

/** Strings that are the same in every language: the product's name and an example address. */
const sameEverywhere = new Set(['audit.system', 'members.emailPlaceholder', 'handoff.kind.hubspot']);

/** Words a reader would read, once placeholders, product and app names and protocol terms (PDS) are taken out. */
function hasWords(text: string): boolean {
  const stripped = text
    .replace(/\{\{\w+\}\}/g, '')
    .replace(/<\/?\w+>/g, '')
    .replace(/\b(Canopy|API|QR|1Password|Google Authenticator|Aegis|Acme Coffee|name@example\.com|PDS)\b/g, '');
  return /[A-Za-z]{2,}/.test(stripped);
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const tags = (text: string): string[] => [...text.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort();

describe('locale files', () => {
  it('have exactly the same keys in every language', () => {
    const keys = [...flat.en.keys()].sort();
    for (const lng of languages) assert.deepEqual([...flat[lng].keys()].sort(), keys, `${lng}.json keys differ from en.json`);
  });

  it('have no empty values', () => {
    for (const lng of languages) {
      for (const [key, value] of flat[lng]) assert.ok(value.trim().length > 0, `${lng}: ${key} is empty`);
    }
  });

  it('use the same {{placeholders}} as English', () => {
    for (const lng of languages) {
      for (const [key, value] of flat.en) {
        assert.deepEqual(placeholders(flat[lng].get(key) ?? ''), placeholders(value), `${lng}: ${key} placeholders differ`);
      }
    }
  });

  it('use the same <tags> as English', () => {
    for (const lng of languages) {
      for (const [key, value] of flat.en) assert.deepEqual(tags(flat[lng].get(key) ?? ''), tags(value), `${lng}: ${key} tags differ`);
    }
  });

  const scripts = { el: /[\u0370-\u03FF]/, sr: /[\u0400-\u04FF]/, th: /[\u0E00-\u0E7F]/ } as const;
  for (const [lng, script] of Object.entries(scripts) as Array<[keyof typeof scripts, RegExp]>) {
    it(`write ${lng} in its own script wherever English has words`, () => {
      const untranslated = [...flat.en]
        .filter(([key, en]) => !sameEverywhere.has(key) && hasWords(en))
        .filter(([key]) => !script.test(flat[lng].get(key) ?? ''))
        .map(([key]) => key);
      assert.deepEqual(untranslated, [], `${lng}.json has strings without ${lng} script`);
    });
  }

  it('write Serbian in Cyrillic, not Latin', () => {
    const latinWords = [...flat.sr]
      .filter(([key]) => !sameEverywhere.has(key))
      .filter(([, sr]) => hasWords(sr))
      .map(([key, sr]) => `${key}: ${sr}`);
    assert.deepEqual(latinWords, []);
  });

  it('differ from English except where the text is a name', () => {
    for (const lng of ['el', 'sr', 'th'] as const) {
      const copied = [...flat.en].filter(([key, en]) => !sameEverywhere.has(key) && hasWords(en) && flat[lng].get(key) === en).map(([k]) => k);
      assert.deepEqual(copied, [], `${lng}.json copies English`);
    }
  });
});
