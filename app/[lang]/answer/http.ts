/**
 * Small responses shared by the interview's route handlers (answer, clear,
 * exit): a 303 "see other" after a form post, and a 400 page in the person's
 * language that never shows a stack trace.
 */
import { NextResponse } from 'next/server';
import { getT } from '../../../lib/i18n';
import type { Language } from '../../../locales';

const NO_STORE = 'private, no-store';

/** Redirect after a POST: the browser follows with a GET (the Post/Redirect/Get pattern). */
export function seeOther(location: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': NO_STORE } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A plain page for a form post we could not read: in the page language, with a way back. */
export function badRequest(lang: Language): NextResponse {
  const t = getT(lang);
  const title = escapeHtml(t('interview:badRequest.title'));
  const body = escapeHtml(t('interview:badRequest.body'));
  const link = escapeHtml(t('interview:badRequest.link'));
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1.5rem 1rem;color:#111}a{color:#1e40af;font-size:1.125rem}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${body}</p>
<p><a href="/${lang}/q/hostCountry">${link}</a></p>
</main>
</body>
</html>
`;
  return new NextResponse(html, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE },
  });
}
