import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mailTexts } from './mail-texts.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const english = flatten(mailTexts.en);

describe('email texts', () => {
  for (const [locale, texts] of Object.entries(mailTexts)) {
    it(`${locale}: the same keys and placeholders as English, nothing empty or left in English`, () => {
      const flat = flatten(texts);
      assert.deepEqual([...flat.keys()].sort(), [...english.keys()].sort());
      for (const [key, value] of flat) {
        assert.ok(value.trim().length > 0, `${key} is empty`);
        assert.deepEqual(placeholders(value), placeholders(english.get(key)!), `${key} placeholders differ`);
        if (locale !== 'en') assert.ok(!/[A-Za-z]{2,}/.test(value.replace(/\{\{\w+\}\}|Canopy/g, '')), `${locale}: ${key} reads as English`);
      }
    });
  }
});
