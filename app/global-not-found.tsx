import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getT, LANGUAGES } from '../lib/i18n';
import './globals.css';

/**
 * 404 for URLs outside /uk, /nl and /en (e.g. /xx). The language is unknown
 * here, so the page speaks all three, each marked with its own `lang`.
 */
export const metadata: Metadata = {
  title: LANGUAGES.map((lang) => getT(lang)('notFound.title')).join(' · '),
};

export default async function GlobalNotFound() {
  // Rendered per request, so that Next's scripts carry the request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="uk">
      <body className="bg-white text-base leading-relaxed text-gray-900 antialiased">
        <main className="mx-auto w-full max-w-2xl space-y-8 px-4 py-6">
          {LANGUAGES.map((lang, index) => {
            const t = getT(lang);
            const Heading = index === 0 ? 'h1' : 'h2';
            return (
              <section key={lang} lang={lang} className="space-y-3">
                <Heading className="text-2xl font-bold leading-tight">{t('notFound.title')}</Heading>
                <p>{t('notFound.body')}</p>
                <p>
                  <a
                    href={`/${lang}`}
                    hrefLang={lang}
                    className="text-blue-800 underline underline-offset-4 hover:decoration-2"
                  >
                    {t('notFound.home')}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
