'use client';

import { usePathname } from 'next/navigation';
import { languageHref } from '../_lib/language-href';

interface LanguageLink {
  lang: string;
  /** The language's own name for itself, e.g. «Українська». */
  label: string;
}

interface Props {
  current: string;
  /** Accessible name of the navigation, in the current language. */
  label: string;
  languages: readonly LanguageLink[];
}

/**
 * Links to the same page in every language: /uk/q/birthDate → /en/q/birthDate.
 * Rendered on the server too (usePathname works there), so it needs no
 * JavaScript. Plain <a> elements: changing language reloads the whole
 * document, so <html lang> and every text change together.
 */
export function LanguageSwitch({ current, label, languages }: Props) {
  const pathname = usePathname() ?? '/';
  const codes = languages.map((l) => l.lang);

  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {languages.map(({ lang, label: name }) => {
          const href = languageHref(pathname, lang, codes);
          const isCurrent = lang === current;
          return (
            <li key={lang}>
              <a
                href={href}
                lang={lang}
                hrefLang={lang}
                aria-current={isCurrent ? 'page' : undefined}
                className={
                  isCurrent
                    ? 'font-bold underline decoration-2 underline-offset-4'
                    : 'underline underline-offset-4 hover:decoration-2'
                }
              >
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
