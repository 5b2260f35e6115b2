/** Types of refusal-page.cjs, for the TypeScript side (proxy.ts, route handlers). */

export type Language = 'uk' | 'nl' | 'en';
export type Refusal = 'badAddress' | 'notFound' | 'tooLarge' | 'unreadable' | 'crossSite' | 'formOnly' | 'pageOnly';

export interface Section {
  lang: Language;
  title: string;
  paragraphs: string[];
  link?: { href: string; text: string };
  /** Already escaped HTML of a form (the hand-over question). */
  formHtml?: string;
}

export const LANGUAGES: readonly Language[];
export const REFUSAL_STATUS: Readonly<Record<Refusal, number>>;
export const STYLE: string;
/** The style's CSP source: `'sha256-…'`. */
export const STYLE_HASH: string;
export function escapeHtml(text: string): string;
export function languageOfPath(path: string): Language | null;
export function pageHtml(sections: Section[]): string;
export function refusalHtml(kind: Refusal, lang: Language | null): string;
/** Whether a person's browser asked for a page (not a file or one of the framework's own fetches). */
export function isPageRequest(method: string, path: string, has: (name: string) => boolean): boolean;
