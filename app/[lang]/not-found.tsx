import Link from 'next/link';
import { lang as langParam } from 'next/root-params';
import { DEFAULT_LANGUAGE, getT } from '../../lib/i18n';
import { isLanguage } from '../../locales';

/** 404 inside /uk, /nl or /en: in the page language, with a way back to the start. */
export default async function NotFound() {
  const param: unknown = await langParam();
  const lang = isLanguage(param) ? param : DEFAULT_LANGUAGE;
  const t = getT(lang);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold leading-tight">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={`/${lang}`} className="text-blue-800 underline underline-offset-4 hover:decoration-2">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
