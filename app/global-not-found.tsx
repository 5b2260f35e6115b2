import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getT, LANGUAGES } from '../lib/i18n';
import { LANGUAGE_HEADER } from '../lib/language-header';
import { TRUSTED_TYPES_SCRIPT } from '../lib/trusted-types';
import { isLanguage, type Language } from '../locales';
import './globals.css';

/**
 * The 404 page, rendered on the server. For an address inside a language
 * (/en/does-not-exist, /en/rules/zz, /EN: proxy.ts names the language in a
 * request header) it speaks that language; for any other (/xx) the
 * language is unknown, so it speaks all three, each marked with its own `lang`.
 */
async function pageLanguages(): Promise<readonly Language[]> {
  // Reading the request also renders the page per request, so that Next's scripts carry its CSP nonce (proxy.ts).
  const lang = (await headers()).get(LANGUAGE_HEADER);
  return isLanguage(lang) ? [lang] : LANGUAGES;
}

async function nonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageLanguages()).map((lang) => getT(lang)('notFound.title')).join(' · ') };
}

export default async function GlobalNotFound() {
  const languages = await pageLanguages();
  return (
    <html lang={languages[0]}>
      <head>
        {/* The Trusted Types policy, before any of the framework's scripts run (lib/trusted-types.ts). */}
        <script nonce={await nonce()} dangerouslySetInnerHTML={{ __html: TRUSTED_TYPES_SCRIPT }} />
      </head>
      <body className="bg-white text-base leading-relaxed text-gray-900 antialiased">
        <main className="mx-auto w-full max-w-2xl space-y-8 px-4 py-6">
          {languages.map((lang, index) => {
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
