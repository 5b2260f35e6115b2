import type { Language } from '../../locales';
import { getT } from '../../lib/i18n';
import { readHubMode } from '../../lib/hub-mode';
import { HubBar } from './hub-bar';

/** The hub bar with "Next client" for server pages that do not read hub mode themselves. */
export async function NextClient({ lang }: { lang: Language }) {
  return <HubBar lang={lang} t={getT(lang)} hub={await readHubMode()} />;
}
