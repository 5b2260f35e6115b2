import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../locales/languages';

/** One language's texts: namespace → nested texts (a module of locales/<lang>/). */
export type LanguageResources = Readonly<Record<string, unknown>>;

const DEFAULT_NS = 'common';

/**
 * The options a compiled text can take: its placeholders' values and
 * `count`. Anything else (a context, a default value, another language,
 * objects returned) is left to i18next itself.
 */
const I18NEXT_OPTIONS = new Set([
  'context',
  'defaultValue',
  'interpolation',
  'joinArrays',
  'keySeparator',
  'lng',
  'lngs',
  'ns',
  'nsSeparator',
  'ordinal',
  'postProcess',
  'replace',
  'returnDetails',
  'returnObjects',
  'skipInterpolation',
]);

/** A text split at its `{{name}}` placeholders: literal, name, literal, name, …, literal. */
type Compiled = readonly string[];

function compile(text: string): Compiled | null {
  // Nesting and unescaped or formatted placeholders stay with i18next.
  if (text.includes('$t(') || /\{\{[^}]*[-,\s][^}]*\}\}/.test(text)) return null;
  return text.split(/\{\{([A-Za-z0-9_]+)\}\}/);
}

/**
 * A translator fixed to one language, from that language's texts only. The
 * server builds one per language from every text (lib/i18n.ts); the browser
 * builds one from the language module it loaded. No fallback language: a
 * missing text shows as its key and fails the parity test, rather than
 * silently showing English to a Ukrainian reader.
 *
 * The common case (a known text, its placeholders filled, a plural chosen by
 * `count`) is answered from texts compiled once per key, because i18next's
 * general lookup was an eighth of the server's time on the results page
 * (hundreds of texts per page). Everything else, including a missing key,
 * goes to i18next, and a test holds the two to the same output for every
 * text of every language (tests/i18n/translator.test.ts).
 */
export function createTranslator(lang: Language, texts: LanguageResources): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(texts),
    defaultNS: DEFAULT_NS,
    resources: { [lang]: texts } as unknown as Record<string, Record<string, object>>,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const general = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const plural = new Intl.PluralRules(lang);
  const compiled = new Map<string, Compiled | null>();

  const lookup = (key: string): Compiled | null => {
    let found = compiled.get(key);
    if (found !== undefined) return found;
    found = null;
    const colon = key.indexOf(':');
    const ns = colon === -1 ? DEFAULT_NS : key.slice(0, colon);
    if (Object.hasOwn(texts, ns)) {
      let node: unknown = texts[ns];
      for (const part of key.slice(colon + 1).split('.')) {
        node = node !== null && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
      }
      if (typeof node === 'string') found = compile(node);
    }
    compiled.set(key, found);
    return found;
  };

  const fill = (parts: Compiled, options: Readonly<Record<string, unknown>> | undefined): string | null => {
    if (parts.length === 1) return parts[0]!;
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const value = options?.[parts[i]!];
      if (typeof value === 'string') out += value;
      else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') out += String(value);
      else return null;
      out += parts[i + 1]!;
    }
    return out;
  };

  const t = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string' || rest.length > 0 || (options !== undefined && (options === null || typeof options !== 'object'))) {
      return general(key, options, ...rest);
    }
    const opts = options as Readonly<Record<string, unknown>> | undefined;
    if (opts) for (const name in opts) if (I18NEXT_OPTIONS.has(name)) return general(key, options);
    let parts: Compiled | null;
    const count = opts?.count;
    if (count === undefined) parts = lookup(key);
    else if (typeof count === 'number') {
      // i18next's order: `_zero` for 0, then the language's plural form, then the bare key.
      parts = (count === 0 ? lookup(`${key}_zero`) : null) ?? lookup(`${key}_${plural.select(count)}`) ?? lookup(key);
    } else return general(key, options);
    const text = parts && fill(parts, opts);
    return text ?? general(key, options);
  };
  return t as unknown as TFunction;
}
