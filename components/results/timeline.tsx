import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import { countryName, formatLongDate, type KeyDateReason, type StatusChange } from '../../lib/interview';
import type { PresentedOption } from '../../lib/present';
import { statusWord } from './status-badge';

export interface TimelinePoint {
  date: string;
  reasons: KeyDateReason[];
  changes: StatusChange[];
}

function reasonText(t: TFunction, reason: KeyDateReason, lang: Language, titles: Map<string, string>): string {
  switch (reason.kind) {
    case 'tp-end':
      return t('results:timeline.tpEnd');
    case 'tp-after':
      return t('results:timeline.tpAfter');
    case 'deadline':
      return t('results:timeline.deadline', { option: titles.get(reason.option) ?? reason.option });
    case 'birthday':
      return t('results:timeline.birthday', { age: reason.age });
    case 'rules':
      return t('results:timeline.rules', {
        name: reason.ruleSet === 'HUB' ? t('results:timeline.hubs') : countryName(t, reason.ruleSet, lang),
      });
  }
}

/**
 * What applies today, and what changes on the key dates ahead, each date
 * evaluated with the rules in force on it.
 */
export function Timeline({
  lang,
  t,
  asOf,
  today,
  points,
}: {
  lang: Language;
  t: TFunction;
  asOf: string;
  today: readonly PresentedOption[];
  points: readonly TimelinePoint[];
}) {
  const titles = new Map(today.map((o) => [o.id, o.title]));
  const open = today.filter((o) => o.status === 'eligible' || o.status === 'maybe');
  return (
    <section aria-labelledby="timeline-title" className="space-y-4" data-timeline>
      <h2 id="timeline-title" className="text-2xl font-bold">
        {t('results:timeline.title')}
      </h2>
      <p>{t('results:timeline.intro')}</p>
      <ol className="space-y-4 border-l-4 border-blue-900 pl-4">
        <li data-timeline-date={asOf}>
          <h3 className="font-bold">
            {t('results:timeline.today', { date: formatLongDate(asOf, lang) })}
          </h3>
          {open.length > 0 ? (
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {open.map((o) => (
                <li key={o.id}>
                  {o.title}: {statusWord(t, o.status)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('results:timeline.nothingOpen')}</p>
          )}
        </li>
        {points.map((point) => (
          <li key={point.date} data-timeline-date={point.date}>
            <h3 className="font-bold">{formatLongDate(point.date, lang)}</h3>
            <p className="text-gray-800">{point.reasons.map((r) => reasonText(t, r, lang, titles)).join(' ')}</p>
            {point.changes.length > 0 ? (
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {point.changes.map((c) => (
                  <li key={c.id} data-timeline-change={c.id}>
                    {t('results:timeline.change', { option: c.title, from: statusWord(t, c.from), to: statusWord(t, c.to) })}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('results:timeline.noChange')}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
