import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../lib/i18n';

/**
 * Picks the page language from an Accept-Language header (RFC 9110 §12.5.4):
 * the supported language with the highest q-value wins; among equal q-values
 * the one listed first wins; `q=0` means "not this one". Region subtags are
 * ignored (`nl-BE` counts as `nl`). Falls back to Ukrainian.
 */
export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;

  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      let q = 1;
      for (const param of params) {
        const [name, value] = param.trim().split('=');
        if (name?.trim().toLowerCase() === 'q' && value !== undefined) {
          const parsed = Number(value.trim());
          q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
        }
      }
      const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
      return { primary, q, index };
    })
    .filter((range) => range.q > 0 && range.primary !== '')
    .sort((a, b) => b.q - a.q || a.index - b.index);

  for (const range of ranges) {
    const match = LANGUAGES.find((lang) => lang === range.primary);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
