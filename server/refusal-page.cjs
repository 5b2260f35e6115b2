// @ts-check
'use strict';

/**
 * The short pages with which Pathway refuses a request: an address that
 * cannot be read (400), a form from another site (403), an address in a
 * language written in capitals (404), a page address for a form route or a
 * form sent to a page (405), a body without a length (411) or too large
 * (413), and the answer handler's "we could not read your answer" (400). One look, in
 * the person's language (or in all three when the address names none), with
 * a way back, no script and one fixed <style> that the Content-Security-Policy
 * allows by its hash.
 *
 * Plain CommonJS so that server/edge-guard.cjs, which answers before Next.js
 * has read the request, draws the same page as proxy.ts and the route
 * handlers (which import it through refusal-page.d.cts).
 */

const { createHash } = require('node:crypto');

/** The page languages, as in locales/index.ts (LANGUAGES). */
const LANGUAGES = /** @type {const} */ (['uk', 'nl', 'en']);

/** @typedef {(typeof LANGUAGES)[number]} Language */
/** @typedef {'badAddress' | 'notFound' | 'tooLarge' | 'unreadable' | 'crossSite' | 'formOnly' | 'pageOnly'} Refusal */

/** @typedef {{ title: string, body: string }} Texts */
/** @type {Record<Language, { refused: Record<Exclude<Refusal, 'notFound'>, Texts> & { home: string }, notFound: Texts & { home: string } }>} */
const COMMON = {
  uk: require('../locales/uk/common.json'),
  nl: require('../locales/nl/common.json'),
  en: require('../locales/en/common.json'),
};

/**
 * @param {Language} lang
 * @param {Refusal} kind
 * @returns {Texts & { home: string }}
 */
function textsOf(lang, kind) {
  const common = COMMON[lang];
  return kind === 'notFound' ? common.notFound : { ...common.refused[kind], home: common.refused.home };
}

/** @type {Record<Refusal, number>} */
const REFUSAL_STATUS = { badAddress: 400, crossSite: 403, notFound: 404, formOnly: 405, pageOnly: 405, unreadable: 411, tooLarge: 413 };

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1.5rem 1rem;color:#111}' +
  'a{color:#1e40af;font-size:1.125rem}h1,h2{font-size:1.5rem}section+section{margin-top:2rem}' +
  'button{font:inherit;font-size:1.125rem;font-weight:700;padding:.5rem 1.25rem;margin:0 .75rem .75rem 0;border:2px solid #1e3a8a;border-radius:.25rem;background:#fff;color:#1e3a8a;cursor:pointer}' +
  'button[value=mine]{background:#166534;border-color:#166534;color:#fff}';

/** The style's CSP source: `'sha256-…'`. */
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`;

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * @typedef {object} Section
 * @property {Language} lang
 * @property {string} title
 * @property {string[]} paragraphs
 * @property {{ href: string, text: string }} [link]
 * @property {string} [formHtml] Already escaped HTML of a form (the hand-over question).
 */

/**
 * A whole page of one or more sections; the first section's language is the page's.
 * @param {Section[]} sections
 * @returns {string}
 */
function pageHtml(sections) {
  const [first] = sections;
  if (!first) throw new Error('a page needs a section');
  const title = sections.map((s) => s.title).join(' · ');
  const body = sections
    .map((s, i) => {
      const heading = i === 0 ? 'h1' : 'h2';
      const own = sections.length > 1 ? ` lang="${s.lang}"` : '';
      const paragraphs = s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
      const link = s.link ? `\n<p><a href="${escapeHtml(s.link.href)}"${sections.length > 1 ? ` hreflang="${s.lang}"` : ''}>${escapeHtml(s.link.text)}</a></p>` : '';
      const form = s.formHtml ? `\n${s.formHtml}` : '';
      return `<section${own}>\n<${heading}>${escapeHtml(s.title)}</${heading}>\n${paragraphs}${form}${link}\n</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${first.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The page of a refusal, in `lang`, or in all three languages when the
 * address names none.
 * @param {Refusal} kind
 * @param {Language | null} lang
 */
function refusalHtml(kind, lang) {
  const langs = lang ? [lang] : LANGUAGES;
  return pageHtml(
    langs.map((l) => {
      const texts = textsOf(l, kind);
      return { lang: l, title: texts.title, paragraphs: [texts.body], link: { href: `/${l}`, text: texts.home } };
    }),
  );
}

/**
 * The page language an address names in its first segment, in any case
 * (`/EN/answer` is English), or null.
 * @param {string} path
 * @returns {Language | null}
 */
function languageOfPath(path) {
  const first = (path.split('/')[1] ?? '').toLowerCase();
  return /** @type {readonly string[]} */ (LANGUAGES).includes(first) ? /** @type {Language} */ (first) : null;
}

/** Request headers of the framework's own fetches (router state, prefetch, server actions): never a page. */
const FRAMEWORK_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];

/**
 * Whether a person's browser asked for a page (and gets a page back), not a
 * file or one of the framework's own fetches (they get a plain line).
 * @param {string} method
 * @param {string} path
 * @param {(name: string) => boolean} has whether the request has this header
 */
function isPageRequest(method, path, has) {
  const file = /\.[^/]*$/.test(path) || path.startsWith('/_next/');
  return (method === 'GET' || method === 'HEAD' || method === 'POST') && !file && !FRAMEWORK_HEADERS.some(has);
}

module.exports = { LANGUAGES, REFUSAL_STATUS, STYLE, STYLE_HASH, escapeHtml, isPageRequest, languageOfPath, pageHtml, refusalHtml };
