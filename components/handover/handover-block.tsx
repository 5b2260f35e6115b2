import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import { QrCode } from './qr-code';
import { ruleSetName } from '../rule-book/names';

/**
 * The hand-over on the results page: a QR code and a link that carry the
 * answers and the date of this result in the URL fragment, to reopen it on a
 * phone and see what changed; and links to the rule book for the rule sets
 * used. Folded under its heading (one tap opens it); opened for printing.
 */
export function HandoverBlock({
  lang,
  t,
  path,
  origin,
  ruleSets,
}: {
  lang: Language;
  t: TFunction;
  /** The landing page with the answers after `#` (lib/handover.ts, lib/handover-format.ts). */
  path: string;
  /** The site's public origin, for the printed link and the QR code; null: the path alone, and no QR code (a phone cannot open a path). */
  origin: string | null;
  /** Ids of the rule sets the result used (NL, UA, HUB …). */
  ruleSets: readonly string[];
}) {
  const url = origin ? `${origin}${path}` : path;

  return (
    <section aria-labelledby="handover-title" className="break-inside-avoid-page" data-handover>
      <details data-print-open className="space-y-3">
        <summary className="fold-summary">
          <h2 id="handover-title" className="inline text-lg font-bold">
            {t('handover:block.title')}
          </h2>
        </summary>
        <p>{t('handover:block.intro')}</p>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          {origin && <QrCode text={url} label={t('handover:block.qrLabel')} />}
          <p className="min-w-0 text-sm">
            <span className="block font-bold">{t('handover:block.link')}:</span>
            <a href={path} className="link break-all" data-handover-link>
              {url}
            </a>
          </p>
        </div>
        <p className="text-sm text-gray-800">{t('handover:block.privacy')}</p>
        <div className="text-sm print:hidden">
          <p>{t('handover:block.rulesIntro')}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {ruleSets.map((id) => (
              <li key={id}>
                <a href={`/${lang}/rules/${id.toLowerCase()}`} className="link" data-rule-book-link={id}>
                  {t('handover:block.rulesLink', { name: ruleSetName(t, id, lang) })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
