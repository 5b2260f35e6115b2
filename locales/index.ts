/**
 * Every i18next resource, imported statically so that the server and the
 * advise command load the same texts without reading files; the browser
 * imports one language's module (./<lang>/index.ts) on demand.
 * One namespace per file: `common` (page chrome), `questions`, `regions`, and
 * `rules-<set>` for the texts of each rule set.
 */
import en from './en/index';
import nl from './nl/index';
import uk from './uk/index';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages';

export const resources = { en, nl, uk } as const;
