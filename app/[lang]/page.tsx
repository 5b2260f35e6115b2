import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hubTexts } from '../../components/hub/texts-from-t';
import { StartHub } from '../../components/hub/start-hub';
import { readHubMode } from '../_lib/hub-mode';
import { getT } from '../../lib/i18n';
import { today } from '../../lib/today';
import { isLanguage } from '../../locales';
import { formatDate } from '../../lib/present';

/** The start page: what Pathway does and does not do, privacy, the date of the rules, Start. */
export default async function StartPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  // The date of the rules is read per request (PATHWAY_AS_OF or the clock), never frozen at build time.
  await connection();
  const t = getT(lang);
  const asOf = today();
  const hub = await readHubMode();

  return (
    <article>
      <StartHub lang={lang} drawn={hub} texts={hubTexts(t)}>
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t('start.title')}</h1>
        <p className="text-lg">{t('start.intro')}</p>

        <section aria-labelledby="does" className="space-y-2">
          <h2 id="does" className="text-xl font-bold">
            {t('start.doesHeading')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            <li>{t('start.does1')}</li>
            <li>{t('start.does2')}</li>
            <li>{t('start.does3')}</li>
          </ul>
        </section>

        <section aria-labelledby="does-not" className="space-y-2">
          <h2 id="does-not" className="text-xl font-bold">
            {t('start.doesNotHeading')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            <li>{t('start.doesNot1')}</li>
            <li>{t('start.doesNot2')}</li>
            <li>{t('start.doesNot3')}</li>
          </ul>
        </section>

        <section aria-labelledby="privacy" className="space-y-2">
          <h2 id="privacy" className="text-xl font-bold">
            {t('start.privacyHeading')}
          </h2>
          <p>{t('start.privacy')}</p>
        </section>

        <p className="text-gray-800" data-as-of={asOf}>
          {t('start.rulesAsOf', { date: formatDate(asOf, lang) })}
        </p>

        {/* A plain link: the question page's body is only in the server's HTML (ADR 12). */}
        <a
          href={`/${lang}/q/hostCountry`}
          className="inline-block rounded bg-green-800 px-6 py-3 text-lg font-bold text-white no-underline shadow-[0_3px_0_#0b3d1e] hover:bg-green-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black focus-visible:shadow-[0_3px_0_#000] print:hidden"
          data-action="start"
        >
          {t('start.button')}
        </a>
      </StartHub>
    </article>
  );
}
