import type { NextRequest } from 'next/server';
import {
  answersCookieValue,
  clearDraft,
  decodeAnswers,
  DRAFT_COOKIE,
  isSecureRequest,
  writeAnswers,
  writeDraft,
} from '../../_lib/answers-cookie';
import type { Intent } from '../../../lib/answer-form';
import { isFactKey } from '../../../lib/formats';
import { applyAnswer, REFUSED_PARAM, stepPath } from '../../../lib/page-state';
import { today } from '../../../lib/today';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../locales';
import { badRequest, seeOther } from './http';

/**
 * POST /[lang]/answer: one answer from a plain form (works without
 * JavaScript). Fields: `question` (the fact key), the inputs of contract §4,
 * and `intent` = `continue` | `unknown`. A valid answer is stored in the
 * answers cookie and the person is sent (303) to the next question or to
 * "check your answers"; a refused one goes back to the same question with
 * what was typed kept in a short-lived cookie, never in the URL (which says
 * only `?refused`, so that the error is shown once and not again after the
 * person has left the question).
 */
export async function POST(request: NextRequest, context: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang: langParam } = await context.params;
  const lang: Language = isLanguage(langParam) ? langParam : DEFAULT_LANGUAGE;
  try {
    const type = (request.headers.get('content-type') ?? '').toLowerCase();
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
      return badRequest(lang);
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return badRequest(lang);
    }
    const question = form.get('question');
    const intentField = form.get('intent') ?? 'continue';
    if (!isFactKey(question) || (intentField !== 'continue' && intentField !== 'unknown')) return badRequest(lang);
    const intent: Intent = intentField;

    const secure = isSecureRequest(request);
    const asOf = today();
    const stored = decodeAnswers(answersCookieValue(request.cookies), asOf);
    const get = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : null;
    };
    // An answer to a question that is not (or no longer) being asked, e.g. from
    // an old browser tab, stores nothing and goes to where the person really is.
    const outcome = applyAnswer(stored, asOf, question, get, intent);
    if (outcome.kind === 'elsewhere') return seeOther(stepPath(lang, outcome.to));
    if (outcome.kind === 'refused') {
      // `?refused`: the draft is shown on this page load only, never again once the person has left the question.
      const response = seeOther(`${stepPath(lang, question)}?${REFUSED_PARAM}`);
      writeDraft(response, outcome.draft, secure);
      return response;
    }
    const response = seeOther(stepPath(lang, outcome.to));
    // Only the answers still on the path are kept: a stale answer that a
    // change has taken off the path is gone from the device too.
    writeAnswers(response, outcome.answers, secure);
    if (request.cookies.has(DRAFT_COOKIE)) clearDraft(response, secure);
    return response;
  } catch {
    return badRequest(lang);
  }
}
