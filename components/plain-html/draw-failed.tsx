import { getT } from '../../lib/i18n';
import type { Language } from '../../locales';
import { staticMarkup } from './static-markup';

/**
 * Instead of a page's body when it cannot be drawn (a fault of the app,
 * registry.ts): the error page's own notice in the person's language,
 * with a way to try again and to the start page. The answers stay in the
 * cookie.
 */
export function drawFailedHtml(lang: Language, retry: string): string {
  const t = getT(lang);
  return staticMarkup(
    <div className="space-y-4" role="alert" data-draw-failed>
      <h1 className="text-2xl font-bold leading-tight">{t('common:error.title')}</h1>
      <p>{t('common:error.body')}</p>
      <p className="flex flex-wrap items-center gap-4">
        <a href={retry} className="link">
          {t('common:error.retry')}
        </a>
        <a href={`/${lang}`} className="link">
          {t('common:error.home')}
        </a>
      </p>
    </div>,
  );
}
