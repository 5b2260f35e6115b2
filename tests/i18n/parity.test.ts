/**
 * Every text exists in every language. For each namespace file under
 * locales/<lang>/, the three languages must have the same keys, no empty
 * values, and complete plural forms: Ukrainian needs _one, _few, _many and
 * _other; Dutch and English need _one and _other. Plural keys are compared by
 * their base key, since the languages need different sets of forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = path.resolve(__dirname, '../../locales');
const LANGUAGES = ['uk', 'nl', 'en'] as const;
type Lang = (typeof LANGUAGES)[number];

const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;
const REQUIRED_PLURALS: Record<Lang, readonly string[]> = {
  uk: ['_one', '_few', '_many', '_other'],
  nl: ['_one', '_other'],
  en: ['_one', '_other'],
};

interface Entry {
  key: string;
  value: unknown;
}

/** Flattens nested objects to dotted keys: { a: { b: 'x' } } → 'a.b'. */
function flatten(value: unknown, prefix = ''): Entry[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return [{ key: prefix, value }];
}

function pluralSuffix(key: string): string | undefined {
  return PLURAL_SUFFIXES.find((suffix) => key.endsWith(suffix));
}

/** 'days_few' → 'days'; other keys unchanged. */
function baseKey(key: string): string {
  const suffix = pluralSuffix(key);
  return suffix ? key.slice(0, -suffix.length) : key;
}

function jsonFiles(lang: Lang): string[] {
  return readdirSync(path.join(LOCALES_DIR, lang))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function readJson(lang: Lang, file: string): { ok: true; data: unknown } | { ok: false; error: string } {
  const text = readFileSync(path.join(LOCALES_DIR, lang, file), 'utf8');
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function entriesOf(lang: Lang, file: string): Entry[] {
  const parsed = readJson(lang, file);
  return parsed.ok ? flatten(parsed.data) : [];
}

const allFiles = [...new Set(LANGUAGES.flatMap(jsonFiles))].sort();

describe('locale files', () => {
  it('exist for every language', () => {
    expect(allFiles.length, `no JSON files under ${LOCALES_DIR}`).toBeGreaterThan(0);
    for (const lang of LANGUAGES) {
      const missing = allFiles.filter((file) => !jsonFiles(lang).includes(file));
      expect(missing, `locales/${lang}/ lacks files that other languages have`).toEqual([]);
    }
  });

  it('are valid JSON objects', () => {
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      for (const file of jsonFiles(lang)) {
        const parsed = readJson(lang, file);
        if (!parsed.ok) problems.push(`locales/${lang}/${file}: ${parsed.error}`);
        else if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
          problems.push(`locales/${lang}/${file}: the top level must be an object`);
        }
      }
    }
    expect(problems, 'these files do not parse').toEqual([]);
  });
});

describe.each(allFiles)('%s', (file) => {
  const entries = Object.fromEntries(LANGUAGES.map((lang) => [lang, entriesOf(lang, file)])) as Record<
    Lang,
    Entry[]
  >;

  it('has the same keys in uk, nl and en (plural keys compared by base key)', () => {
    const bases = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, new Set(entries[lang].map((e) => baseKey(e.key)))]),
    ) as Record<Lang, Set<string>>;
    const every = new Set(LANGUAGES.flatMap((lang) => [...bases[lang]]));
    const problems: string[] = [];
    for (const key of [...every].sort()) {
      const missingIn = LANGUAGES.filter((lang) => !bases[lang].has(key));
      if (missingIn.length > 0) {
        const presentIn = LANGUAGES.filter((lang) => bases[lang].has(key));
        problems.push(`"${key}" is in ${presentIn.join(', ')} but missing in ${missingIn.join(', ')}`);
      }
    }
    expect(problems, `keys differ between languages in ${file}`).toEqual([]);
  });

  it('has no empty or non-text values', () => {
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      for (const { key, value } of entries[lang]) {
        if (typeof value !== 'string') {
          problems.push(`locales/${lang}/${file} "${key}" is ${Array.isArray(value) ? 'an array' : typeof value}, not text`);
        } else if (value.trim() === '') {
          problems.push(`locales/${lang}/${file} "${key}" is empty`);
        }
      }
    }
    expect(problems, `values that readers would see as blank or broken in ${file}`).toEqual([]);
  });

  it('has every plural form each language needs', () => {
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      const keys = new Set(entries[lang].map((e) => e.key));
      const pluralBases = new Set(
        LANGUAGES.flatMap((l) => entries[l].filter((e) => pluralSuffix(e.key)).map((e) => baseKey(e.key))),
      );
      for (const base of [...pluralBases].sort()) {
        const missing = REQUIRED_PLURALS[lang].filter((suffix) => !keys.has(`${base}${suffix}`));
        if (missing.length > 0) {
          problems.push(`locales/${lang}/${file} "${base}" lacks ${missing.map((s) => base + s).join(', ')}`);
        }
      }
    }
    expect(problems, `incomplete plural forms in ${file}`).toEqual([]);
  });
});
