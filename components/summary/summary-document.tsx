import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FactKey, Facts, HostCountry } from '../../rules';
import type { Language } from '../../locales';
import { answerText, countryName, formatLongDate, groupOptions, optionalText, summaryFactLabel } from '../../lib/interview';
import { optionTextKey, type PresentedOption, type PresentedReason } from '../../lib/present';
import { hubInHostCountry, numberSources, sharedWarnings, type SummaryHalf } from './summary-data';
import { PreparedWith } from './prepared-with';

export type { SummaryHalf } from './summary-data';

const STATUS_ICON: Record<PresentedOption['status'], string> = { eligible: '✓', maybe: '?', 'not-eligible': '✕', info: 'i' };
const REASON_ICON: Record<PresentedReason['result'], string> = { met: '✓', 'not-met': '✕', unknown: '?' };

/** A source's address, shortened to its site: «ind.nl». The full links are on the results page. */
function urlHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A source's title cut at a word to about 70 characters: with the publisher, date and site it is enough to find it. */
export function shortTitle(title: string, max = 70): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:(–-]+$/, '')}…`;
}

function isoOrText(date: string, lang: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatLongDate(date, lang) : date;
}

/**
 * A row of the summary: the same thing in each language, side by side (one
 * column per language; stacked on a narrow screen). Each cell carries its
 * `lang` so that screen readers and hyphenation use the right language.
 */
function Row({ halves, className, render, ...data }: { halves: readonly SummaryHalf[]; className?: string; render: (h: SummaryHalf, i: number) => ReactNode } & Record<`data-${string}`, string>) {
  return (
    <div className={`sum-row ${halves.length > 1 ? 'sum-two' : ''} ${className ?? ''}`} {...data}>
      {halves.map((h, i) => (
        <div key={h.lang} lang={h.lang} className="sum-cell">
          {render(h, i)}
        </div>
      ))}
    </div>
  );
}

/** A heading in every language of the summary: «Ваші відповіді / Uw antwoorden». */
function Heading({ halves, level, k, vars, id }: { halves: readonly SummaryHalf[]; level: 2 | 3; k: string; vars?: Record<string, unknown>; id?: string }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <H className={`sum-h${level}`} id={id}>
      {halves.map((h, i) => (
        <span key={h.lang}>
          {i > 0 && <span aria-hidden="true"> / </span>}
          <span lang={h.lang}>{h.t(k, vars ?? {})}</span>
        </span>
      ))}
    </H>
  );
}

/** The rule-set versions used, and when they were last checked (once, when it is the same day for all). */
function RuleSets({ half }: { half: SummaryHalf }) {
  const { t, lang, advice } = half;
  const checked = [...new Set(advice.ruleSets.map((s) => s.lastVerified))];
  const name = (id: string) => (id === 'HUB' ? t('results:timeline.hubs') : countryName(t, id, lang));
  const versions = advice.ruleSets
    .map((s) =>
      checked.length === 1
        ? t('summary:ruleSet', { name: name(s.id), version: formatLongDate(s.version, lang) })
        : t('summary:ruleSetChecked', { name: name(s.id), version: formatLongDate(s.version, lang), checked: formatLongDate(s.lastVerified, lang) }),
    )
    .join('; ');
  return (
    <>
      {t('summary:rulesUsed')}: {versions}
      {checked.length === 1 && <> ({t('summary:checked', { date: formatLongDate(checked[0]!, lang) })})</>}
    </>
  );
}

function Refs({ t, refs }: { t: TFunction; refs: number[] }) {
  if (refs.length === 0) return null;
  return (
    <span className="sum-refs">
      {' · '}
      {t('summary:sourceRefs', { refs: refs.map((n) => `[${n}]`).join('') })}
    </span>
  );
}

/** A hub in the person's host country: its name, whether it is confirmed, and where to go. */
function HubHalf({ half, option, refs }: { half: SummaryHalf; option: PresentedOption; refs: number[] }) {
  const { t } = half;
  const next = optionalText(t, optionTextKey(option.id, 'next'));
  return (
    <p>
      <strong data-option-title>{option.title}</strong>
      {option.verification === 'unverified' && <> ({t('summary:unverified')})</>}
      {next && <>: {next}</>}
      <Refs t={t} refs={refs} />
    </p>
  );
}

/**
 * One option in one language. What a caseworker's file needs: the status in
 * words, the deadline and days left, why, what is still to check, the next
 * steps (where to apply) and the documents. The option's notes are left out
 * to keep a typical person's summary to two A4 pages: notes shared by
 * several options are printed once at the end, the others are on the
 * results page.
 */
function OptionHalf({ half, option, refs, n }: { half: SummaryHalf; option: PresentedOption; refs: number[]; n: number }) {
  const { t, lang } = half;
  const text = (field: string) => optionalText(t, optionTextKey(option.id, field));
  const next = option.status === 'not-eligible' ? undefined : text('next');
  const documents = option.status === 'not-eligible' || option.kind === 'info' ? undefined : text('documents');
  return (
    <>
      <h3 className="sum-h3">
        {n}. <span data-option-title>{option.title}</span>
      </h3>
      <p className="sum-status">
        <span aria-hidden="true" className="sum-icon">
          {STATUS_ICON[option.status]}
        </span>{' '}
        <strong data-status-text={option.status}>{t(`common:status.${option.status}`)}</strong>
        {option.verification === 'unverified' && <> ({t('summary:unverified')})</>}
        {option.deadline && (
          <>
            {' · '}
            <span data-deadline={option.deadline}>
              {t('results:deadline')}: <strong>{formatLongDate(option.deadline, lang)}</strong>
              {typeof option.daysLeft === 'number' && (
                <>
                  {' '}
                  ({option.daysLeft >= 0 ? t('results:daysLeft', { count: option.daysLeft }) : t('results:daysPassed', { count: -option.daysLeft })})
                </>
              )}
            </span>
          </>
        )}
        <Refs t={t} refs={refs} />
      </p>
      {option.reasons.length > 0 && (
        <p className="sum-reasons">
          <strong>{t('results:why')}:</strong>
          {option.reasons.map((r, i) => (
            <span key={i} data-reason={r.result}>
              {' '}
              <span aria-hidden="true" className="sum-icon">
                {REASON_ICON[r.result]}
              </span>{' '}
              <em>{t(`results:reason.${r.result}`)}:</em> {r.condition}
            </span>
          ))}
        </p>
      )}
      {next && (
        <p>
          <strong>{t('results:next')}:</strong> {next}
        </p>
      )}
      {documents && (
        <p>
          <strong>{t('results:documents')}:</strong> {documents}
        </p>
      )}
    </>
  );
}

/**
 * The pathway summary as a document for an A4 file: the date and rule-set
 * versions, an optional "prepared with" line, the answers, the options by
 * group (status in words, reasons, deadline and days left, next steps,
 * documents, notes), the hubs, the sources numbered once with their dates,
 * and the disclaimer. One or two languages, from one evaluation.
 */
export function SummaryDocument({
  halves,
  answers,
  path,
  host,
  hint,
}: {
  halves: readonly [SummaryHalf, ...SummaryHalf[]];
  /** The screen-only hint of the "prepared with" field, in the interface language. */
  hint: { lang: Language; text: string };
  answers: Facts;
  path: readonly FactKey[];
  host: HostCountry;
}) {
  const [first] = halves;
  const { asOf } = first.advice;
  const options = first.advice.options;
  const sources = numberSources(options);
  const unverified = first.t('common:warnings.unverified');
  const { skip, shared } = sharedWarnings(
    options.filter((o) => o.kind !== 'hub'),
    unverified,
  );
  const notesLeftOut = options.some((o) => o.kind !== 'hub' && o.warnings.some((_, i) => !skip.get(o.id)?.has(i)));
  const byId = (half: SummaryHalf) => new Map(half.advice.options.map((o) => [o.id, o]));
  const halfOptions = halves.map(byId);
  const optionIn = (i: number, id: string) => halfOptions[i]!.get(id)!;

  // Options are numbered in both languages alike, so that a reader can find one in the other column.
  const numberOf = new Map(groupOptions(options).flatMap((g) => g.options).filter((o) => o.kind !== 'hub').map((o, i) => [o.id, i + 1]));
  const groups = groupOptions(options).map((g) =>
    g.kind === 'hub'
      ? { ...g, near: g.options.filter((o) => hubInHostCountry(o, host)), far: g.options.filter((o) => !hubInHostCountry(o, host)) }
      : { ...g, near: g.options, far: [] as PresentedOption[] },
  );

  return (
    <article className={halves.length > 1 ? 'sum' : 'sum sum-one'} data-summary data-as-of={asOf} data-languages={halves.map((h) => h.lang).join(' ')} aria-labelledby="summary-title">
      <header className="sum-header">
        <h1 id="summary-title" className="sum-h1">
          {halves.map((h, i) => (
            <span key={h.lang}>
              {i > 0 && <span aria-hidden="true"> / </span>}
              <span lang={h.lang}>{h.t('summary:title')}</span>
            </span>
          ))}
        </h1>
        <Row
          halves={halves}
          className="sum-meta"
          render={(h) => (
            <>
              <p>
                <strong>{h.t('summary:date', { date: formatLongDate(asOf, h.lang) })}</strong>
                {' · '}
                {h.t('summary:country', { country: countryName(h.t, host, h.lang) })}
              </p>
              <p>
                <RuleSets half={h} />
              </p>
              <p className="sum-disclaimer">
                <strong>{h.t('summary:disclaimer')}</strong>
              </p>
            </>
          )}
          data-rule-sets={first.advice.ruleSets.map((s) => `${s.id}@${s.version}`).join(' ')}
        />
        <PreparedWith labels={halves.map((h) => ({ lang: h.lang, text: h.t('summary:preparedWith') }))} hint={hint} />
      </header>

      <section aria-labelledby="sum-answers" className="sum-section">
        <Heading halves={halves} level={2} k="results:yourAnswers" id="sum-answers" />
        <Row
          halves={halves}
          className="sum-answers"
          render={(h) => (
            <dl>
              {path.map((k, i) => (
                <div key={k} data-summary-answer={k}>
                  <dt>{summaryFactLabel(h.t, k, answers.hostCountry)}:</dt> <dd>{answerText(h.t, k, answers[k], h.lang, answers.hostCountry)}</dd>
                  {i < path.length - 1 && <span aria-hidden="true"> · </span>}
                </div>
              ))}
            </dl>
          )}
        />
      </section>

      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`sum-group-${group.kind}`} className="sum-section" data-group={group.kind}>
          <Heading halves={halves} level={2} k={`results:groups.${group.kind}`} id={`sum-group-${group.kind}`} />
          {group.near.map((option) => (
            <Row
              key={option.id}
              halves={halves}
              className="sum-option"
              data-summary-option={option.id}
              data-status={option.status}
              render={(h, i) =>
                option.kind === 'hub' ? (
                  <HubHalf half={h} option={optionIn(i, option.id)} refs={sources.refs(option)} />
                ) : (
                  <OptionHalf half={h} option={optionIn(i, option.id)} refs={sources.refs(option)} n={numberOf.get(option.id) ?? 0} />
                )
              }
            />
          ))}
          {group.far.length > 0 && (
            <Row
              halves={halves}
              className="sum-option"
              data-summary-hubs-elsewhere=""
              render={(h, i) => (
                <p>
                  <strong>{h.t('summary:otherHubs')}:</strong>{' '}
                  {group.far.map((o, j) => (
                    <span key={o.id} data-summary-option={o.id} data-status={o.status}>
                      {j > 0 && '; '}
                      {optionIn(i, o.id).title}
                    </span>
                  ))}
                  <Refs t={h.t} refs={[...new Set(group.far.flatMap((o) => sources.refs(o)))].sort((a, b) => a - b)} />
                </p>
              )}
            />
          )}
        </section>
      ))}

      {(shared.length > 0 || notesLeftOut) && (
        <section aria-labelledby="sum-notes" className="sum-section">
          <Heading halves={halves} level={2} k="summary:notesTitle" id="sum-notes" />
          <Row
            halves={halves}
            className="sum-option"
            render={(h, i) => (
              <>
                {shared.length > 0 && (
                  <ul className="sum-notes">
                    {shared.map((at) => (
                      <li key={`${at[0]!.option}-${at[0]!.index}`}>
                        {optionIn(i, at[0]!.option).warnings[at[0]!.index]}{' '}
                        <span className="sum-notes-for">
                          ({h.t('summary:notesFor', { options: at.map((p) => numberOf.get(p.option)).join(', ') })})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {notesLeftOut && <p className="sum-more">{h.t('summary:notesLeftOut')}</p>}
              </>
            )}
          />
        </section>
      )}

      <section aria-labelledby="sum-sources" className="sum-section">
        <Heading
          halves={halves}
          level={2}
          k={sources.list.some((s) => !s.official) ? 'summary:sourcesUnofficial' : 'results:sources'}
          id="sum-sources"
        />
        <ol className="sum-sources">
          {sources.list.map((s) => (
            <li key={s.n} value={s.n} data-source-number={s.n}>
              <span className="sum-n">[{s.n}]</span> {!s.official && <span aria-hidden="true">* </span>}
              <span title={s.title}>{shortTitle(s.publisher, 28)}</span>, {halves.length > 1 ? s.date : isoOrText(s.date, first.lang)}
              {!s.official && <span className="sr-only"> ({halves.map((h) => h.t('results:unofficial')).join(' / ')})</span>}
              {s.url && (
                <>
                  {' '}
                  <span className="sum-url">({urlHost(s.url)})</span>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
