import { getT } from '../../lib/i18n';
import { questionLanguages, type HubMode } from '../../lib/hub-languages';
import type { Language } from '../../locales';
import type { TextLanguages } from '../hub/bi-text';

/**
 * A page's own texts on the server: in hub mode the client's language, the
 * volunteer's beside it (lib/hub-languages.ts). Server only: `getT` holds
 * every language's texts; the engine in the browser has its own.
 */
export function questionTexts(hub: HubMode | null, lang: Language): TextLanguages {
  const shown = questionLanguages(hub, lang);
  return {
    main: { lang: shown.main, t: getT(shown.main) },
    beside: shown.beside ? { lang: shown.beside, t: getT(shown.beside) } : null,
  };
}
