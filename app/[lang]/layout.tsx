import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../_components/language-switch';
import { OfflineSupport } from '../../components/app/offline';
import { OfflineForms } from '../../components/app/offline-forms';
import { QuickExit } from '../../components/interview/quick-exit';
import { ListFilter } from '../../components/interview/list-filter';
import { QuickExitKeys } from '../../components/interview/quick-exit-keys';
import { OpenForPrint } from '../../components/results/print-button';
import { getT, LANGUAGES } from '../../lib/i18n';
import { TRUSTED_TYPES_SCRIPT } from '../../lib/trusted-types';
import { isLanguage } from '../../locales';
import { languageAutonym } from '../_lib/format';
import '../globals.css';

export function generateStaticParams() {
  return LANGUAGES.map((lang) => ({ lang }));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#1e3a8a',
};

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  const t = getT(lang);
  return {
    title: { default: t('meta.title'), template: `%s – ${t('appName')}` },
    description: t('meta.description'),
    applicationName: t('appName'),
    alternates: {
      languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}`])),
    },
  };
}

export default async function LanguageLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const t = getT(lang);

  const nonce = (await headers()).get('x-nonce') ?? undefined;

  return (
    <html lang={lang}>
      <head>
        {/* The Trusted Types policy, before any of the framework's scripts run (lib/trusted-types.ts). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: TRUSTED_TYPES_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white text-base leading-relaxed text-gray-900 antialiased">
        <a
          href="#main"
          className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-yellow-300 focus:px-3 focus:py-2 focus:text-black focus:outline-none focus:ring-4 focus:ring-black"
        >
          {t('skipLink')}
        </a>
        <header className="bg-blue-900 text-white">
          {/* On a phone: the name and the quick exit on the first row, the languages below; wider, one row. */}
          <div className="mx-auto flex max-w-2xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
            {/* No prefetch: it would fetch the start page's payload on every page, bytes a slow connection needs for the page itself. */}
            <Link
              href={`/${lang}`}
              prefetch={false}
              className="mr-auto text-xl font-bold no-underline focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-300"
            >
              {t('appName')}
            </Link>
            <div className="order-3 w-full sm:order-2 sm:w-auto">
              <LanguageSwitch
                current={lang}
                label={t('languageSwitch.label')}
                languages={LANGUAGES.map((l) => ({ lang: l, label: languageAutonym(l) }))}
              />
            </div>
            <div className="order-2 sm:order-3">
              <QuickExit lang={lang} label={t('interview:quickExit.label')} hint={t('interview:quickExit.hint')} />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <OfflineSupport lang={lang} />
        <OfflineForms text={t('offline.notSent')} close={t('offline.close')} />
        {/* Behaviour only (they render nothing), here rather than in the views so that
            the views hold no client component and can be drawn as plain HTML (components/plain-html). */}
        <QuickExitKeys href={`/${lang}/exit`} />
        <ListFilter />
        <OpenForPrint />
        <footer className="border-t border-gray-300 bg-gray-100">
          <div className="mx-auto max-w-2xl px-4 py-4 text-sm text-gray-800">
            <p>{t('footer.disclaimer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
