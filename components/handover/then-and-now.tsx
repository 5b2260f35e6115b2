import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { OptionThenAndNow } from '../../lib/handover';
import { formatDate } from '../../lib/present';
import { StatusBadge } from '../results/status-badge';

const REASON_ICON = { met: '✓', 'not-met': '✕', unknown: '?' } as const;

/** One option on the "what changed" page: the status then and today, and why today. */
export function ThenAndNow({ row, lang, t, since, asOf }: { row: OptionThenAndNow; lang: Language; t: TFunction; since: string; asOf: string }) {
  const titleId = `change-${row.id}`;
  return (
    <li
      className={`break-inside-avoid-page rounded-lg border-2 p-4 ${row.changed ? 'border-gray-900' : 'border-gray-300'}`}
      aria-labelledby={titleId}
      data-change-option={row.id}
      data-before={row.before ?? 'none'}
      data-now={row.now ?? 'none'}
      data-changed={row.changed ? 'yes' : 'no'}
    >
      <h3 id={titleId} className="text-lg leading-snug font-bold">
        {row.title}
      </h3>
      <p className="mt-1 text-sm font-bold">{row.changed ? t('handover:changes.changed') : t('handover:changes.unchanged')}</p>
      <dl className="mt-2 grid gap-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-gray-800">{t('handover:changes.before', { date: formatDate(since, lang) })}</dt>
          <dd className="mt-1" data-when="before">
            {row.before ? <StatusBadge status={row.before} t={t} /> : <span>{t('handover:changes.notListed')}</span>}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-gray-800">{t('handover:changes.now', { date: formatDate(asOf, lang) })}</dt>
          <dd className="mt-1" data-when="now">
            {row.now ? <StatusBadge status={row.now} t={t} /> : <span>{t('handover:changes.notListed')}</span>}
          </dd>
        </div>
      </dl>
      {row.reasons.length > 0 && (
        <>
          <h4 className="mt-3 font-bold">{t('handover:changes.why')}</h4>
          <ul className="mt-1 space-y-1">
            {row.reasons.map((reason, i) => (
              <li key={i} className="flex gap-2" data-reason={reason.result}>
                <span aria-hidden="true" className="font-bold">
                  {REASON_ICON[reason.result]}
                </span>
                <span>
                  <strong>{t(`results:reason.${reason.result}`)}:</strong> {reason.condition}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
