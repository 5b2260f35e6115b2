import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { openChoiceTexts } from '../../../components/handover/open-choice';
import { OpenFromLink } from '../../../components/handover/open-from-link';
import { StartAgainLink } from '../../../components/handover/start-again-link';
import { getT } from '../../../lib/i18n';
import { isLanguage } from '../../../locales';

/** Rendered per request, so that its script carries the request's CSP nonce (proxy.ts). */
export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  // The site-wide Referrer-Policy (same-origin) sends no address to another site; the fragment is never sent at all.
  return { title: getT(lang)('handover:open.title'), robots: { index: false, follow: false } };
}

/**
 * The landing page of a hand-over link (/[lang]/open#…). The answers are in
 * the fragment, which the server never sees: a small script reads it. Without
 * JavaScript the page says so and offers to start the questions.
 */
export default async function OpenPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const t = getT(lang);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('handover:open.title')}</h1>
      <noscript>
        <div className="space-y-4" data-open-noscript>
          <p>{t('handover:open.noScript')}</p>
          <StartAgainLink lang={lang} text={t('handover:open.start')} />
        </div>
      </noscript>
      <OpenFromLink
        lang={lang}
        texts={{
          working: t('handover:open.working'),
          empty: t('handover:open.empty'),
          invalid: t('handover:open.invalid'),
          failed: t('handover:open.failed'),
          start: t('handover:open.start'),
          confirm: openChoiceTexts(t),
        }}
      />
      <p className="text-sm text-gray-800">{t('handover:open.privacy')}</p>
    </div>
  );
}
