import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import { countryName, formatLongDate } from '../../lib/formats';
import type { KeyDateReason } from '../../lib/key-dates';
import type { StatusChange, TimelinePoint } from '../../lib/timeline';
import { INTL_LOCALE, listFormat, type PresentedOption } from '../../lib/present';
import { statusWord } from './status-badge';

function reasonText(t: TFunction, reason: KeyDateReason, lang: Language, titles: ReadonlyMap<string, string>): string {
  switch (reason.kind) {
    case 'tp-end':
      return t('results:timeline.tpEnd');
    case 'tp-after':
      return t('results:timeline.tpAfter');
    case 'deadline':
      return t('results:timeline.deadline', { option: titles.get(reason.option) ?? reason.option });
    case 'birthday':
      return t('results:timeline.birthday', { count: reason.age });
    case 'rules':
      return t('results:timeline.rules', {
        name: reason.ruleSet === 'HUB' ? t('results:timeline.hubs') : countryName(t, reason.ruleSet, lang),
      });
  }
}

/** The reasons for a date in words; new rule sets on one date are named in one sentence. */
export function reasonsText(t: TFunction, reasons: readonly KeyDateReason[], lang: Language, titles: ReadonlyMap<string, string>): string {
  const sets = reasons.flatMap((r) => (r.kind === 'rules' ? [r.ruleSet] : []));
  const names = sets.map((id) => (id === 'HUB' ? t('results:timeline.hubs') : countryName(t, id, lang)));
  const others = reasons.filter((r) => r.kind !== 'rules').map((r) => reasonText(t, r, lang, titles));
  return [...others, ...(names.length > 0 ? [t('results:timeline.rules', { name: listFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(names) })] : [])].join(' ');
}

/** One change on a date, in words: the status before and after, or that the option's deadline has passed. */
function changeText(t: TFunction, change: StatusChange, lang: Language): string {
  if (change.closed) return t('results:timeline.closed', { option: change.title, date: formatLongDate(change.closed, lang) });
  return t('results:timeline.change', { option: change.title, from: statusWord(t, change.from), to: statusWord(t, change.to) });
}

/** What changes on a date, as lines: the new sentences for this person, then the status changes. */
export function pointLines(t: TFunction, point: TimelinePoint, lang: Language): { key: string; text: string }[] {
  return [
    ...point.news.map((n, i) => ({ key: `n${i}`, text: t('results:timeline.news', { option: n.title, text: n.text }) })),
    ...point.changes.map((c) => ({ key: c.id, text: changeText(t, c, lang) })),
  ];
}

/**
 * What applies today, and what changes on the key dates ahead, each date
 * evaluated with the rules in force on it. Folded on the results page (its
 * heading opens it); opened for printing.
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
  const open = today.filter((o) => o.kind !== 'hub' && (o.status === 'eligible' || o.status === 'maybe'));
  return (
    <section aria-labelledby="timeline-title" data-timeline>
      <details data-print-open>
        <summary className="fold-summary">
          <h2 id="timeline-title" className="inline text-lg font-bold">
            {t('results:timeline.title')}
          </h2>
        </summary>
        <p className="mt-2">{t('results:timeline.intro')}</p>
        <ol className="mt-3 space-y-4 border-l-4 border-blue-900 pl-4">
          <li data-timeline-date={asOf}>
            <h3 className="font-bold">{t('results:timeline.today', { date: formatLongDate(asOf, lang) })}</h3>
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
          {points.map((point) => {
            const lines = pointLines(t, point, lang);
            return (
              <li key={point.date} data-timeline-date={point.date}>
                <h3 className="font-bold">{formatLongDate(point.date, lang)}</h3>
                <p className="text-gray-800">{reasonsText(t, point.reasons, lang, titles)}</p>
                {lines.length > 0 ? (
                  <ul className="mt-1 list-disc space-y-1 pl-6">
                    {lines.map((l) => (
                      <li key={l.key} data-timeline-change={l.key}>
                        {l.text}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t('results:timeline.noChange')}</p>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
