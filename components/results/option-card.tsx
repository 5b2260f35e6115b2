import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FactKey, HostCountry } from '../../rules';
import type { Language } from '../../locales';
import { formatLongDate, optionalText, questionTextKey } from '../../lib/interview';
import { BiPlain } from '../hub/bi-text';
import { optionTextKey, type PresentedOption, type PresentedReason } from '../../lib/present';
import { StatusBadge } from './status-badge';

const REASON_LOOK: Record<PresentedReason['result'], { icon: string; className: string }> = {
  met: { icon: '✓', className: 'text-green-900' },
  'not-met': { icon: '✕', className: 'text-red-900' },
  unknown: { icon: '?', className: 'text-amber-900' },
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-4">
      <h4 className="font-bold">{title}</h4>
      {children}
    </section>
  );
}

/**
 * One option on the results page (contract §4: data-option / data-status):
 * status in words and shape, why, what is missing, the deadline and days
 * left, next steps, documents, what else to look at when not eligible,
 * warnings and the sources with their dates.
 */
export function OptionCard({
  option,
  lang,
  t,
  askable,
  host,
  besideTitle = null,
  links = lang,
}: {
  option: PresentedOption;
  /** The language of the card's texts (the client's in hub mode). */
  lang: Language;
  t: TFunction;
  /** Questions on the person's path, which a "what is missing" item can link to. */
  askable: readonly FactKey[];
  /** The host country: a missing question is named in its own words where it has them. */
  host?: HostCountry;
  /** In hub mode: the title in the volunteer's language, beside the client's. */
  besideTitle?: { lang: Language; text: string } | null;
  /** The language of the page the "what is missing" links open (the page's own). */
  links?: Language;
}) {
  const text = (field: string) => optionalText(t, optionTextKey(option.id, field));
  const titleId = `option-title-${option.id}`;
  const next = text('next');
  const documents = text('documents');
  const gives = text('gives');
  const ifNot = option.status === 'not-eligible' ? (text('ifNot') ?? t('results:ifNotFallback')) : undefined;
  const isHub = option.kind === 'hub';
  // The evaluator adds this text as a warning too: it is shown once, beside the status.
  const unverified = t('common:warnings.unverified');
  const warnings = option.warnings.filter((w) => w !== unverified);

  return (
    <article
      id={`option-${option.id}`}
      data-option={option.id}
      data-status={option.status}
      aria-labelledby={titleId}
      // Cards below the screen are laid out only when scrolled to (or printed): less work before the first screen.
      className="break-inside-avoid-page rounded-lg border-2 border-gray-300 p-4 [contain-intrinsic-size:auto_28rem] [content-visibility:auto] print:[content-visibility:visible]"
    >
      <h3 id={titleId} className="text-xl leading-snug font-bold">
        <BiPlain main={{ lang, text: option.title }} beside={besideTitle} besideClassName="text-base text-gray-700" />
      </h3>
      <div className="mt-2">
        <StatusBadge status={option.status} t={t} />
      </div>
      <p className="mt-3">{option.summary}</p>

      {option.deadline && (
        <p className="mt-3" data-deadline={option.deadline}>
          <strong>{t('results:deadline')}:</strong> {formatLongDate(option.deadline, lang)}
          {typeof option.daysLeft === 'number' && (
            <>
              {' '}
              ({option.daysLeft >= 0
                ? t('results:daysLeft', { count: option.daysLeft })
                : t('results:daysPassed', { count: -option.daysLeft })}
              )
            </>
          )}
        </p>
      )}

      {option.reasons.length > 0 && (
        <Section title={t('results:why')}>
          <ul className="mt-1 space-y-2">
            {option.reasons.map((reason, i) => (
              <li key={i} className="flex gap-2" data-reason={reason.result}>
                <span aria-hidden="true" className={`font-bold ${REASON_LOOK[reason.result].className}`}>
                  {REASON_LOOK[reason.result].icon}
                </span>
                <span>
                  <strong className={REASON_LOOK[reason.result].className}>{t(`results:reason.${reason.result}`)}:</strong>{' '}
                  {reason.condition}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {option.missing.length > 0 && (
        <Section title={t('results:missing')}>
          <p className="text-gray-800">{t('results:missingIntro')}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {option.missing.map((key) => {
              const question = optionalText(t, questionTextKey(t, key as FactKey, 'title', host)) ?? key;
              return (
                <li key={key} data-missing={key}>
                  {askable.includes(key as FactKey) ? (
                    <a href={`/${links}/q/${key}`} className="link">
                      {question}
                    </a>
                  ) : (
                    question
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      )}

      {ifNot && (
        <Section title={t('results:ifNot')}>
          <p>{ifNot}</p>
        </Section>
      )}

      {next && (
        <Section title={t('results:next')}>
          <p>{next}</p>
        </Section>
      )}

      {option.verification === 'unverified' && (
        <p className="mt-4 border-l-4 border-amber-700 pl-3 text-amber-950">
          <strong>{t('results:unverifiedLabel')}:</strong> {unverified}
        </p>
      )}

      {/* The rest folds away on a phone; it opens for printing (see PrintButton). */}
      <details className="mt-4" data-print-open>
        <summary className="min-h-11 cursor-pointer py-2 font-bold text-blue-800 underline underline-offset-4 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black">
          {t(isHub ? 'results:moreSources' : 'results:more')}
        </summary>

        {!isHub && gives && option.status !== 'not-eligible' && (
          <Section title={t('results:gives')}>
            <p>{gives}</p>
          </Section>
        )}

        {!isHub && documents && option.status !== 'not-eligible' && (
          <Section title={t('results:documents')}>
            <p>{documents}</p>
          </Section>
        )}

        {warnings.length > 0 && (
          <Section title={t('results:warnings')}>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </Section>
        )}

        <Section title={t('results:sources')}>
          <ul className="mt-1 space-y-1 text-sm">
            {option.sources.map((s) => (
              <li key={s.id} data-source={s.id}>
                {s.url ? (
                  <a href={s.url} rel="noreferrer" className="link">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
                {' – '}
                {s.publisher}, {/^\d{4}-\d{2}-\d{2}$/.test(s.date) ? formatLongDate(s.date, lang) : s.date}
                {!s.official && <> ({t('results:unofficial')})</>}
              </li>
            ))}
          </ul>
        </Section>
      </details>
    </article>
  );
}
