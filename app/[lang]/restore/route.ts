import { NextResponse, type NextRequest } from 'next/server';
import { answersCookieValue, clearDraft, decodeAnswers, DRAFT_COOKIE, isSecureRequest, writeAnswers } from '../../_lib/answers-cookie';
import { MAX_FRAGMENT_LENGTH, tryDecodeHandover, type HandoverData } from '../../../lib/handover';
import { getT } from '../../../lib/i18n';
import { allAccepted, sameAnswers } from '../../../lib/answer-form';
import { today } from '../../../lib/today';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../locales';
import { escapeHtml, pageHtml } from '../../../server/refusal-page.cjs';
import { seeOther } from '../answer/http';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

type Choice = 'link' | 'mine' | null;

interface Posted {
  fragment: unknown;
  choice: Choice;
  /** A plain form (the question's buttons): answered with pages and redirects, not JSON. */
  form: boolean;
}

/** The body: JSON from the landing page's script, or the form of the question "keep mine / open the link's". */
async function readPost(request: NextRequest): Promise<Posted | 'unsupported' | 'invalid'> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const json = type.startsWith('application/json');
  const form = type.startsWith('application/x-www-form-urlencoded');
  if (!json && !form) return 'unsupported';
  const text = await request.text();
  if (text.length > MAX_FRAGMENT_LENGTH + 64) return 'invalid';
  let fields: Record<string, unknown>;
  if (json) {
    try {
      const body: unknown = JSON.parse(text);
      if (body === null || typeof body !== 'object') return 'invalid';
      fields = body as Record<string, unknown>;
    } catch {
      return 'invalid';
    }
  } else {
    const params = new URLSearchParams(text);
    fields = { fragment: params.get('fragment'), choice: params.get('choice') };
  }
  const choice = fields.choice === 'link' || fields.choice === 'mine' ? fields.choice : null;
  return { fragment: fields.fragment, choice, form };
}

/** The question as a page of its own, for a form posted without a choice: it works without JavaScript. */
function questionPage(lang: Language, fragment: string): NextResponse {
  const t = getT(lang);
  const formHtml = `<form method="post" action="/${lang}/restore" data-open-choice>
<input type="hidden" name="fragment" value="${escapeHtml(fragment)}">
<button type="submit" name="choice" value="mine">${escapeHtml(t('handover:open.confirm.mine'))}</button>
<button type="submit" name="choice" value="link">${escapeHtml(t('handover:open.confirm.link'))}</button>
</form>`;
  const html = pageHtml([{ lang, title: t('handover:open.confirm.title'), paragraphs: [t('handover:open.confirm.body')], formHtml }]);
  return new NextResponse(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE } });
}

/** A link that cannot be opened, as a page (for a form) or as JSON (for the landing page's script). */
function invalid(lang: Language, form: boolean): NextResponse {
  if (!form) return NextResponse.json({ error: 'invalid' }, { status: 400, headers: NO_STORE });
  const t = getT(lang);
  const html = pageHtml([
    { lang, title: t('handover:open.title'), paragraphs: [t('handover:open.invalid')], link: { href: `/${lang}/q/hostCountry`, text: t('handover:open.start') } },
  ]);
  return new NextResponse(html, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE } });
}

/**
 * POST /[lang]/restore: a hand-over link's fragment, passed on by the
 * landing page (/[lang]/open) as JSON `{ "fragment": "1b…" }`, or by the
 * form of its question (`fragment`, `choice`). Decoded and checked as the
 * forms check answers; nothing is stored on the server and nothing is logged.
 *
 * On a device that holds different answers the link asks first (issue 20):
 * without a `choice` nothing is written, and the reply is 409 `{ "ask": true }`
 * (the landing page then shows the question) or, for a form, the question
 * as a page. `choice=link` puts the link's answers in the answers cookie and
 * goes to "what changed" for the link's date; `choice=mine` keeps the
 * device's answers and goes to their results. With no answers on the device,
 * or the same ones, the link opens at once.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang: langParam } = await context.params;
  const lang: Language = isLanguage(langParam) ? langParam : DEFAULT_LANGUAGE;
  let form = false;
  try {
    const posted = await readPost(request);
    if (posted === 'unsupported') return NextResponse.json({ error: 'json' }, { status: 415, headers: NO_STORE });
    if (posted === 'invalid') return invalid(lang, false);
    form = posted.form;
    const data: HandoverData | null = tryDecodeHandover(posted.fragment);
    const asOf = today();
    // A result from the future is not one this site made; nor are answers the
    // forms would refuse (an arrival after today, a birth 120 years ago).
    if (!data || data.asOf > asOf || !allAccepted(data.answers, asOf)) return invalid(lang, form);

    const mine = decodeAnswers(answersCookieValue(request.cookies), asOf);
    const differ = Object.keys(mine).length > 0 && !sameAnswers(mine, data.answers);
    const go = (to: string) => (form ? seeOther(to) : NextResponse.json({ next: to }, { headers: NO_STORE }));

    if (posted.choice === 'mine') return go(`/${lang}/results`);
    if (differ && posted.choice !== 'link') {
      return form ? questionPage(lang, String(posted.fragment)) : NextResponse.json({ ask: true }, { status: 409, headers: NO_STORE });
    }
    const secure = isSecureRequest(request);
    const response = go(`/${lang}/open/${data.asOf}`);
    writeAnswers(response, data.answers, secure);
    if (request.cookies.has(DRAFT_COOKIE)) clearDraft(response, secure);
    return response;
  } catch {
    return invalid(lang, form);
  }
}
