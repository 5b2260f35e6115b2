import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FactKey, HostCountry } from '../../rules';
import type { Language } from '../../locales';
import { optionalText, questionTextKey } from '../../lib/answer-texts';
import { formatLongDate } from '../../lib/formats';
import { BiPlain } from '../hub/bi-text';
import { firstSentence, optionTextKey, VISIBLE_WARNINGS, type PresentedOption, type PresentedReason, type WarningKind } from '../../lib/present';
import { StatusBadge } from './status-badge';

const REASON_LOOK: Record<PresentedReason['result'], { icon: string; className: string }> = {
  met: { icon: '✓', className: 'text-green-900' },
  'not-met': { icon: '✕', className: 'text-red-900' },
  unknown: { icon: '?', className: 'text-amber-900' },
};

/** How a visible note stands out: what to do and what is overdue in amber, a conclusion for this person in blue. */
const NOTE_LOOK: Partial<Record<WarningKind, string>> = {
  action: 'border-amber-700',
  overdue: 'border-amber-700',
  conclusion: 'border-blue-800',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-3">
      <h4 className="font-bold">{title}</h4>
      {children}
    </section>
  );
}

/** The deadline and the days left (or passed), as the option row and the summary show it. */
export function deadlineText(t: TFunction, option: Pick<PresentedOption, 'deadline' | 'daysLeft'>, lang: Language): string {
  if (!option.deadline) return '';
  const days =
    typeof option.daysLeft !== 'number'
      ? ''
      : ` (${option.daysLeft >= 0 ? t('results:daysLeft', { count: option.daysLeft }) : t('results:daysPassed', { count: -option.daysLeft })})`;
  return `${t('results:deadline')}: ${formatLongDate(option.deadline, lang)}${days}`;
}

/**
 * The one line of "why" under an option's status: the reason that decides
 * it (a condition not met, else an open one, else one met); for an option
 * that only informs, the first sentence of what it is, unless sentences
 * worked out for this person say more. A hub's title says what it is.
 */
function whyLine(t: TFunction, option: PresentedOption): string | undefined {
  if (option.kind === 'hub') return undefined;
  if (option.status === 'info') {
    return option.warningKinds.includes('conclusion') ? undefined : firstSentence(option.summary);
  }
  const first = option.reasons[0];
  if (option.status === 'maybe' && first?.result !== 'unknown') return t('results:whyMaybeMet');
  return first?.text ?? firstSentence(option.summary);
}

/** The notes a person sees without opening anything: what to do, what was worked out for them, what is overdue. */
function visibleNotes(option: Pick<PresentedOption, 'warnings' | 'warningKinds'>): { text: string; kind: WarningKind }[] {
  return option.warnings.map((text, i) => ({ text, kind: option.warningKinds[i]! })).filter((n) => VISIBLE_WARNINGS.includes(n.kind));
}

/**
 * One option on the results page (contract §4: data-option / data-status),
 * as a compact row: the title, the status in words, the deadline and days
 * left, one line of why, and the sentences that concern this person (what
 * to do, conclusions worked out for them, planned changes past their date).
 * The rest folds open: what it is, who to call, every reason, what is
 * missing, what else to look at, next steps, documents, other notes and the
 * sources; it opens for printing.
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
  const why = whyLine(t, option);
  // "Not confirmed" beside the status where it matters and the line of why does not already say so.
  const showUnverified = option.verification === 'unverified' && option.status !== 'not-eligible' && why !== t('results:whyMaybeMet');
  const shown = visibleNotes(option);
  const folded = option.warnings.filter((_, i) => option.warningKinds[i] === 'note');

  return (
    <article
      id={`option-${option.id}`}
      data-option={option.id}
      data-status={option.status}
      aria-labelledby={titleId}
      // Rows below the screen are laid out only when scrolled to (or printed): less work before the first screen.
      className="relative break-inside-avoid-page rounded-lg border-2 border-gray-300 px-3 py-2 leading-normal [contain-intrinsic-size:auto_9rem] [content-visibility:auto] print:[content-visibility:visible]"
    >
      <h3 id={titleId} className="pr-20 text-base leading-tight font-bold">
        <BiPlain main={{ lang, text: option.title }} beside={besideTitle} besideClassName="text-sm font-normal text-gray-700" />
      </h3>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <StatusBadge status={option.status} t={t} />
        {showUnverified && <span data-unverified>{t('results:unverifiedShort')}</span>}
        {option.deadline && (
          <span data-deadline={option.deadline} className="font-bold">
            {t('results:deadline')}: {formatLongDate(option.deadline, lang)}
          </span>
        )}
      </div>
      {why && (
        <p className="mt-1" data-why>
          {why}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="mt-2 space-y-2" data-for-you>
          {shown.map((n, i) => (
            <li key={i} data-note-kind={n.kind} className={`border-l-4 pl-2 ${NOTE_LOOK[n.kind] ?? ''}`}>
              {n.text}
            </li>
          ))}
        </ul>
      )}

      {/* The rest folds away on a phone, opened by "More" in the row's top corner; it opens for printing (OpenForPrint). */}
      <details data-print-open>
        <summary className="fold-summary absolute top-0.5 right-1 min-w-11 px-1 text-right print:hidden">
          {t('results:more')}
          <span className="sr-only">: {option.title}</span>
        </summary>
        <p className="mt-2">{option.summary}</p>

        {option.contact && (
          <Section title={t('results:contact')}>
            <p data-contact>{option.contact}</p>
          </Section>
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

        {option.verification === 'unverified' && (
          <p className="mt-3 border-l-4 border-amber-700 pl-3 text-amber-950">
            <strong>{t('results:unverifiedLabel')}:</strong> {t('common:warnings.unverified')}
          </p>
        )}

        {folded.length > 0 && (
          <Section title={t('results:warnings')}>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {folded.map((w, i) => (
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
