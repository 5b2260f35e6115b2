import type { TFunction } from 'i18next';

/** Where a person in a country without rules can get help: UNHCR's Help site and Ukraine's embassies and consulates. */
export const HELP_LINKS = [
  { key: 'unhcr', href: 'https://help.unhcr.org/', address: 'help.unhcr.org' },
  { key: 'consulate', href: 'https://mfa.gov.ua/', address: 'mfa.gov.ua' },
] as const;

/**
 * For a host country Pathway has no rules for (`other`): says so plainly,
 * that what follows is Ukraine's side and the hubs, and where to get help
 * in that country, with addresses a person can type (also on paper).
 */
export function NoHostRules({ t }: { t: TFunction }) {
  return (
    <section aria-labelledby="no-host-rules-title" data-no-host-rules className="rounded-lg border-2 border-amber-700 px-3 py-2">
      <h2 id="no-host-rules-title" className="text-xl font-bold">
        {t('results:other.title')}
      </h2>
      <p className="mt-1">{t('results:other.body')}</p>
      <p className="mt-2 font-bold">{t('results:other.help')}</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {HELP_LINKS.map((l) => (
          <li key={l.key} data-help={l.key}>
            <a href={l.href} rel="noreferrer" className="link">
              {l.address}
            </a>
            : {t(`results:other.${l.key}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
