/**
 * The translator answers common calls from compiled texts (lib/translator.ts)
 * instead of i18next's general lookup. For a reader nothing may change: every
 * text of every language, with its placeholders filled, and every plural at
 * a range of counts, reads exactly as i18next itself gives it.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/translator';
import { LANGUAGES, resources, type Language } from '../../locales';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** i18next on its own, set up as the translator sets it up. */
function reference(lang: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: Object.keys(resources[lang]),
    defaultNS: 'common',
    resources: { [lang]: resources[lang] } as never,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t.bind(instance) as TFunction;
}

/** Every text as [key, text]: `ns:dotted.path` (`common` texts without their namespace). */
function texts(lang: Language): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') out.push([prefix, node]);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, prefix.endsWith(':') ? prefix + k : `${prefix}.${k}`);
  };
  for (const [ns, tree] of Object.entries(resources[lang])) walk(tree, ns === 'common' ? '' : `${ns}:`);
  return out.map(([k, v]) => [k.replace(/^\./, ''), v]);
}

/** A value for each placeholder, distinct and recognisable, with `$` patterns to catch replacement quirks. */
function valuesFor(text: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  let n = 0;
  for (const [, name] of text.matchAll(/\{\{([A-Za-z0-9_]+)\}\}/g)) values[name!] = n++ % 2 ? 1234.5 : `<${name} $& $1>`;
  return values;
}

describe.each(LANGUAGES)('the %s translator reads as i18next does', (lang) => {
  const fast = createTranslator(lang, resources[lang]);
  const slow = reference(lang);
  const all = texts(lang);

  it('every text, bare and with its placeholders filled', () => {
    expect(all.length).toBeGreaterThan(1000);
    for (const [key, text] of all) {
      expect(fast(key), key).toBe(slow(key));
      const values = valuesFor(text);
      expect(fast(key, values), key).toBe(slow(key, values));
      expect(fast(key, values)).not.toMatch(/\{\{[A-Za-z0-9_]+\}\}/);
    }
  });

  it('every plural at counts 0 to 112 and 1.5, in the language’s own forms', () => {
    const bases = [...new Set(all.map(([k]) => k).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];
    expect(bases.length).toBeGreaterThan(10);
    for (const base of bases) {
      for (const count of [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 112, 1.5]) {
        const values = { ...valuesFor(all.find(([k]) => k.startsWith(base))![1]), count };
        expect(fast(base, values), `${base} ${count}`).toBe(slow(base, values));
      }
    }
  });

  it('a missing text, a missing value and i18next’s own options go to i18next unchanged', () => {
    expect(fast('interview:noSuchText')).toBe(slow('interview:noSuchText'));
    expect(fast('noSuchNamespace:title')).toBe(slow('noSuchNamespace:title'));
    const withPlaceholder = all.find(([, text]) => text.includes('{{'))!;
    expect(fast(withPlaceholder[0], {})).toBe(slow(withPlaceholder[0], {}));
    expect(fast('results:title', { defaultValue: 'x' })).toBe(slow('results:title', { defaultValue: 'x' }));
    expect(fast('results', { returnObjects: true })).toEqual(slow('results', { returnObjects: true }));
  });
});
