import type { NextRequest } from 'next/server';
import { clearAll, isSecureRequest } from '../../_lib/answers-cookie';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../locales';
import { seeOther } from '../answer/http';

/** POST /[lang]/clear: "Clear my answers". Deletes the answers and goes to the start page. */
export async function POST(request: NextRequest, context: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang: langParam } = await context.params;
  const lang = isLanguage(langParam) ? langParam : DEFAULT_LANGUAGE;
  const response = seeOther(`/${lang}`);
  clearAll(response, isSecureRequest(request));
  return response;
}
