/**
 * Small responses shared by the interview's route handlers (answer, clear,
 * exit): a 303 "see other" after a form post, and a 400 page in the person's
 * language that never shows a stack trace. Posts from other sites never get
 * here: proxy.ts refuses them for every form route.
 */
import { NextResponse } from 'next/server';
import { getT } from '../../../lib/i18n';
import type { Language } from '../../../locales';
import { pageHtml } from '../../../server/refusal-page.cjs';

const NO_STORE = 'private, no-store';

/** Redirect after a POST: the browser follows with a GET (the Post/Redirect/Get pattern). */
export function seeOther(location: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': NO_STORE } });
}

/** A plain page for a form post we could not read: in the page language, with a way back (server/refusal-page.cjs). */
export function badRequest(lang: Language): NextResponse {
  const t = getT(lang);
  const html = pageHtml([
    {
      lang,
      title: t('interview:badRequest.title'),
      paragraphs: [t('interview:badRequest.body')],
      link: { href: `/${lang}/q/hostCountry`, text: t('interview:badRequest.link') },
    },
  ]);
  return new NextResponse(html, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE },
  });
}
