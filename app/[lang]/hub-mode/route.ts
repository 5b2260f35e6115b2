import type { NextRequest } from 'next/server';
import { isSecureRequest } from '../../_lib/answers-cookie';
import { clearHubMode, hubChoice, writeHubMode } from '../../_lib/hub-mode';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../locales';
import { badRequest, seeOther } from '../answer/http';

/**
 * POST /[lang]/hub-mode: the hub-mode switch on the start page. Fields:
 * `mode` = `on` (with `volunteer` and `client`, two page languages) or `off`.
 * Stores only the two languages; goes back to the start page in the
 * volunteer's language. The answers are not touched: "Next client" does that.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang: langParam } = await context.params;
  const lang = isLanguage(langParam) ? langParam : DEFAULT_LANGUAGE;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return badRequest(lang);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return badRequest(lang);
  }
  const secure = isSecureRequest(request);
  const choice = hubChoice((name) => form.get(name));
  if (!choice) return badRequest(lang);
  if (choice.mode === 'off') {
    const response = seeOther(`/${lang}`);
    clearHubMode(response, secure);
    return response;
  }
  const response = seeOther(`/${choice.hub.volunteer}`);
  writeHubMode(response, choice.hub, secure);
  return response;
}
