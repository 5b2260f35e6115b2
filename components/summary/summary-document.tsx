import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FactKey, Facts, HostCountry } from '../../rules';
import type { Language } from '../../locales';
import { answerText, optionalText, summaryFactLabel } from '../../lib/answer-texts';
import { countryName, formatLongDate } from '../../lib/formats';
import { groupOptions } from '../../lib/option-groups';
import { optionTextKey, VISIBLE_WARNINGS, type PresentedOption, type PresentedReason } from '../../lib/present';
import { hasRuleSet } from '../../rules';
import { deadlineText } from '../results/option-card';
import { HELP_LINKS } from '../results/no-host-rules';
import { pointLines, reasonsText } from '../results/timeline';
import { actionWhen } from '../results/what-to-do';
import { hubInHostCountry, numberSources, sharedWarnings, type SummaryHalf } from '../../lib/summary';
import { PreparedWith } from './prepared-with';

const STATUS_ICON: Record<PresentedOption['status'], string> = { eligible: '✓', maybe: '?', 'not-eligible': '✕', info: 'i' };
const REASON_ICON: Record<PresentedReason['result'], string> = { met: '✓', 'not-met': '✕', unknown: '?' };

/**
 * A source's address as a person can type it from paper: without
 * `https://` (a browser adds it), with `http://` where the source was read
 * only there, without a lone trailing slash.
 */
function typeableAddress(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/^([^/?#]+)\/$/, '$1');
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
  return (
    <p>
      <strong data-option-title>{option.title}</strong>
      {option.verification === 'unverified' && <> ({t('summary:unverified')})</>}
      <Refs t={t} refs={refs} />
    </p>
  );
}

/**
 * One option in one language. What a caseworker's file needs, on three A4
 * pages at most: the status in words, the deadline and days left, the
 * reasons that decide it, the sentences worked out for this person (what to
 * do, conclusions such as the exit-ban dates, planned changes past their
 * date), and the next steps where there is something to do. Who to call is
 * listed once for all options (several share it); notes shared by several
 * options are printed once at the end (`skip`); documents and the other
 * notes are on the results page.
 */
function OptionHalf({ half, option, refs, n, skip }: { half: SummaryHalf; option: PresentedOption; refs: number[]; n: number; skip: ReadonlySet<number> }) {
  const { t, lang } = half;
  const text = (field: string) => optionalText(t, optionTextKey(option.id, field));
  // Next steps where there is something to do now (an action on "What to do now").
  const next = option.todo ? text('next') : undefined;
  // The reasons that decide: what fails, else what is open (where every condition holds, the status says so).
  const decisive = option.reasons.filter((r) => r.result !== 'met' && r.result === option.reasons[0]?.result);
  const forYou = option.warnings.filter((_, i) => VISIBLE_WARNINGS.includes(option.warningKinds[i]!) && !skip.has(i));
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
            <strong data-deadline={option.deadline}>{deadlineText(t, option, lang)}</strong>
          </>
        )}
        <Refs t={t} refs={refs} />
      </p>
      {decisive.length > 0 && (
        <p className="sum-reasons">
          <strong>{t('results:why')}:</strong>
          {decisive.map((r, i) => (
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
      {forYou.length > 0 && (
        <p data-for-you>
          <strong>{t('summary:forYou')}:</strong> {forYou.join(' ')}
        </p>
      )}
      {next && (
        <p>
          <strong>{t('results:next')}:</strong> {next}
        </p>
      )}
    </>
  );
}

/** For a country Pathway has no rules for: that it has none, and where to get help there (addresses to type). */
function NoRulesHalf({ t }: { t: SummaryHalf['t'] }) {
  return (
    <>
      <p>{t('results:other.body')}</p>
      <p>
        <strong>{t('results:other.help')}</strong>{' '}
        {HELP_LINKS.map((l, i) => (
          <span key={l.key} data-help={l.key}>
            {i > 0 && '; '}
            {l.address}: {t(`results:other.${l.key}`)}
          </span>
        ))}
      </p>
    </>
  );
}

/** "What to do now" in one language: each action, by which date, for which option. */
function ActionsHalf({ half, numberOf }: { half: SummaryHalf; numberOf: ReadonlyMap<string, number> }) {
  const { t, lang, actions } = half;
  if (actions.length === 0) return <p>{t('results:todo.none')}</p>;
  return (
    <ol className="sum-list">
      {actions.map((a) => (
        <li key={a.option} data-todo={a.option}>
          <strong>{a.text}</strong>: {actionWhen(t, a, lang)} ({t('summary:seeOption', { n: numberOf.get(a.option) ?? '' })})
        </li>
      ))}
    </ol>
  );
}

/** The timeline in one language: today, then each key date with what changes. */
function TimelineHalf({ half }: { half: SummaryHalf }) {
  const { t, lang, advice, timeline } = half;
  const titles = new Map(advice.options.map((o) => [o.id, o.title]));
  return (
    <ul className="sum-list">
      {timeline.map((point) => {
        const lines = pointLines(t, point, lang);
        return (
          <li key={point.date} data-timeline-date={point.date}>
            <strong>{formatLongDate(point.date, lang)}:</strong> {reasonsText(t, point.reasons, lang, titles)}{' '}
            {lines.length > 0 ? lines.map((l) => l.text).join(' ') : t('results:timeline.noChange')}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The pathway summary as a document for an A4 file: the date and rule-set
 * versions, an optional "prepared with" line, where to get help when
 * Pathway has no rules for the host country, what to do now, the answers,
 * the options by group (status in words, reasons, deadline and days left,
 * the sentences worked out for this person, next steps, documents, who to
 * call), the hubs in the host country (the others in one line), the notes
 * several options share, the timeline, the sources numbered once with their
 * dates and the addresses to type, and the disclaimer. One or two
 * languages, from one evaluation.
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
  // The summary prints what the results page shows without opening anything; a text several options share, once.
  const printed = (o: PresentedOption, i: number) => VISIBLE_WARNINGS.includes(o.warningKinds[i]!);
  const { skip, shared } = sharedWarnings(
    options.filter((o) => o.kind !== 'hub'),
    unverified,
    printed,
  );
  const noSkip = new Set<number>();
  const byId = (half: SummaryHalf) => new Map(half.advice.options.map((o) => [o.id, o]));
  const halfOptions = halves.map(byId);
  const optionIn = (i: number, id: string) => halfOptions[i]!.get(id)!;

  // Options are numbered in both languages alike, so that a reader can find one in the other column.
  const numberOf = new Map(groupOptions(options).flatMap((g) => g.options).filter((o) => o.kind !== 'hub').map((o, i) => [o.id, i + 1]));
  // The hubs in the host country stand with the options; the hubs elsewhere are one line after "things to know".
  const groups = groupOptions(options)
    .map((g) => ({ ...g, options: g.kind === 'hub' ? g.options.filter((o) => hubInHostCountry(o, host)) : g.options }))
    .filter((g) => g.options.length > 0);
  const far = options.filter((o) => o.kind === 'hub' && !hubInHostCountry(o, host));
  // Who to call where there is something to do (an action, or an option the person qualifies for): each text once, with its options' numbers.
  const byContact = new Map<string, string[]>();
  for (const o of groups.flatMap((g) => g.options)) {
    if (o.kind === 'hub' || !(o.status === 'eligible' || o.todo) || !o.contact) continue;
    byContact.set(o.contact, [...(byContact.get(o.contact) ?? []), o.id]);
  }
  const contacts = [...byContact.values()];

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
                <strong>{h.t('summary:disclaimer')}</strong> {h.t('summary:notesLeftOut')}
              </p>
            </>
          )}
          data-rule-sets={first.advice.ruleSets.map((s) => `${s.id}@${s.version}`).join(' ')}
        />
        <PreparedWith labels={halves.map((h) => ({ lang: h.lang, text: h.t('summary:preparedWith') }))} hint={hint} />
      </header>

      {!hasRuleSet(host) && (
        <section aria-labelledby="sum-no-rules" className="sum-section" data-no-host-rules>
          <Heading halves={halves} level={2} k="results:other.title" id="sum-no-rules" />
          <Row halves={halves} render={(h) => <NoRulesHalf t={h.t} />} />
        </section>
      )}

      <section aria-labelledby="sum-todo" className="sum-section" data-what-to-do>
        <Heading halves={halves} level={2} k="results:todo.title" id="sum-todo" />
        <Row halves={halves} render={(h) => <ActionsHalf half={h} numberOf={numberOf} />} />
      </section>

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
          {group.options.map((option) => (
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
                  <OptionHalf
                    half={h}
                    option={optionIn(i, option.id)}
                    refs={sources.refs(option)}
                    n={numberOf.get(option.id) ?? 0}
                    skip={skip.get(option.id) ?? noSkip}
                  />
                )
              }
            />
          ))}
        </section>
      ))}

      {far.length > 0 && (
        <Row
          halves={halves}
          className="sum-option"
          data-summary-hubs-elsewhere=""
          render={(h, i) => (
            <p>
              <strong>{h.t('summary:otherHubs')}:</strong>{' '}
              {hasRuleSet(host) ? (
                // Where the host country has rules, its own hubs are above; the others are named on the results page.
                h.t('summary:otherHubsCount', { n: far.length })
              ) : (
                far.map((o, j) => (
                  <span key={o.id} data-summary-option={o.id} data-status={o.status}>
                    {j > 0 && '; '}
                    {optionIn(i, o.id).title}
                  </span>
                ))
              )}
              <Refs t={h.t} refs={[...new Set(far.flatMap((o) => sources.refs(o)))].sort((a, b) => a - b)} />
            </p>
          )}
        />
      )}

      {contacts.length > 0 && (
        <section aria-labelledby="sum-contacts" className="sum-section" data-contacts>
          <Heading halves={halves} level={2} k="results:contact" id="sum-contacts" />
          <Row
            halves={halves}
            className="sum-option"
            render={(h, i) => (
              <ul className="sum-list">
                {contacts.map((ids) => (
                  <li key={ids[0]} data-contact={ids.join(' ')}>
                    <strong>{ids.map((id) => numberOf.get(id)).join(', ')}:</strong> {optionIn(i, ids[0]!).contact}
                  </li>
                ))}
              </ul>
            )}
          />
        </section>
      )}

      {shared.length > 0 && (
        <section aria-labelledby="sum-notes" className="sum-section">
          <Heading halves={halves} level={2} k="summary:notesTitle" id="sum-notes" />
          <Row
            halves={halves}
            className="sum-option"
            render={(h, i) => (
              <>
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
              </>
            )}
          />
        </section>
      )}

      <section aria-labelledby="sum-timeline" className="sum-section" data-timeline>
        <Heading halves={halves} level={2} k="results:timeline.title" id="sum-timeline" />
        <Row halves={halves} render={(h) => <TimelineHalf half={h} />} />
      </section>

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
              <span title={s.title}>{shortTitle(s.publisher, 40)}</span>, {halves.length > 1 ? s.date : isoOrText(s.date, first.lang)}
              {!s.official && <span className="sr-only"> ({halves.map((h) => h.t('results:unofficial')).join(' / ')})</span>}
              {s.url && (
                <>
                  {': '}
                  <span className="sum-url" data-source-address>
                    {typeableAddress(s.url)}
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
