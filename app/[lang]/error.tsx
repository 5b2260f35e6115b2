'use client';

import { useParams } from 'next/navigation';
import en from '../../locales/en/common.json';
import nl from '../../locales/nl/common.json';
import uk from '../../locales/uk/common.json';

/**
 * Shown when a page under /uk, /nl or /en fails. A client component (error
 * boundaries must be), so it carries only its own few texts, not i18next.
 */
const TEXTS = { uk: uk.error, nl: nl.error, en: en.error } as const;

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ lang?: string }>();
  const lang = params?.lang === 'nl' || params?.lang === 'en' ? params.lang : 'uk';
  const text = TEXTS[lang];

  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold leading-tight">{text.title}</h1>
      <p>{text.body}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-green-800 px-5 py-2 font-bold text-white hover:bg-green-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
        >
          {text.retry}
        </button>
        <a href={`/${lang}`} className="text-blue-800 underline underline-offset-4 hover:decoration-2">
          {text.home}
        </a>
      </div>
    </div>
  );
}
