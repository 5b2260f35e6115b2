/**
 * The same page in another language: swaps the first path segment when it
 * is a page language (/uk/q/birthDate → /en/q/birthDate), else goes to that
 * language's start page.
 */
export function languageHref(pathname: string, target: string, languages: readonly string[]): string {
  const [, first = '', ...rest] = pathname.split('/');
  if (!languages.includes(first)) return `/${target}`;
  const tail = rest.join('/').replace(/\/+$/, '');
  return tail ? `/${target}/${tail}` : `/${target}`;
}
