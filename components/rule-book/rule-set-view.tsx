import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { namespaceOf, REGISTRY, resolveParameter, type DatedValue, type Option, type RuleSet } from '../../rules';
import type { Language } from '../../locales';
import {
  conditionVars,
  describeCondition,
  describeDateRef,
  parameterName,
  parameterValueText,
  type DescribeContext,
} from '../../lib/describe-condition';
import { optionalText } from '../../lib/answer-texts';
import { formatDate, optionTextKey } from '../../lib/present';
import { ConditionTree } from './condition-tree';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function slugOf(optionId: string): string {
  return optionId.slice(optionId.indexOf('.') + 1);
}

/** A text that may quote values only a person's answers give: those show as "…". */
function withoutOpenValues(text: string): string {
  return text.replace(/\{\{\s*\w+\s*\}\}/g, '…');
}

function proposalText(t: TFunction, set: RuleSet, proposal: string): string {
  const ns = proposal.startsWith('eu-') ? 'rules-eu' : namespaceOf(set.id);
  return t(`${ns}:proposals.${proposal}`);
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-bold">{label}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

function period(t: TFunction, lang: Language, from: string, to?: string): string {
  return to
    ? t('rulebook:set.fromTo', { from: formatDate(from, lang), to: formatDate(to, lang) })
    : t('rulebook:set.from', { date: formatDate(from, lang) });
}

function OptionEntry({ option, set, ctx, sourceTitle, sourceCode }: {
  option: Option;
  set: RuleSet;
  ctx: DescribeContext;
  sourceTitle: (id: string) => string;
  /** The short code of a source (S27), for the many citations inside the conditions. */
  sourceCode: (id: string) => string;
}) {
  const { t } = ctx;
  const ns = namespaceOf(set.id);
  const who = optionalText(t, optionTextKey(option.id, 'who'));
  const deadline = option.deadline ? describeDateRef(option.deadline, ctx) : null;
  return (
    <article id={`option-${option.id}`} aria-labelledby={`title-${option.id}`} className="space-y-3 rounded-lg border-2 border-gray-300 p-4" data-rule-option={option.id}>
      <h3 id={`title-${option.id}`} className="text-xl leading-snug font-bold">
        {t(optionTextKey(option.id, 'title'))}
      </h3>
      <dl className="space-y-1 text-sm">
        <Field label={t('rulebook:set.optionId')}>
          <code>{option.id}</code>
        </Field>
        <Field label={t('rulebook:set.kind')}>{t(`rulebook:kinds.${option.kind}`)}</Field>
        {deadline && <Field label={t('rulebook:set.deadline')}>{deadline.text}</Field>}
      </dl>
      <p className={option.verification === 'unverified' ? 'border-l-4 border-amber-700 pl-3 text-sm' : 'text-sm'}>
        {t(`rulebook:set.${option.verification}`)}
      </p>
      {who && (
        <section>
          <h4 className="font-bold">{t('rulebook:set.who')}</h4>
          <p>{who}</p>
        </section>
      )}
      <section>
        <h4 className="font-bold">{t('rulebook:set.conditions')}</h4>
        {option.test === 'info' || !option.when ? (
          <p>{t('rulebook:set.noConditions')}</p>
        ) : (
          <ConditionTree lines={[describeCondition(option.when, ctx)]} t={t} sourceTitle={sourceCode} />
        )}
      </section>
      {option.notes.length > 0 && (
        <section>
          <h4 className="font-bold">{t('rulebook:set.notes')}</h4>
          <ul className="mt-1 space-y-3">
            {option.notes.map((note) => {
              const key = note.id.startsWith('eu-') ? `rules-eu:notes.${note.id}` : `${ns}:options.${slugOf(option.id)}.notes.${note.id}`;
              const vars = note.when ? conditionVars(note.when, ctx) : {};
              return (
                <li key={note.id} className="border-l-4 border-gray-400 pl-3" data-rule-note={note.id}>
                  <p>{withoutOpenValues(t(key, vars))}</p>
                  <div className="mt-1 text-sm text-gray-800">
                    {note.when ? (
                      <>
                        <p>{t('rulebook:set.noteWhen')}</p>
                        <ConditionTree lines={[describeCondition(note.when, ctx)]} t={t} sourceTitle={sourceCode} />
                      </>
                    ) : (
                      <p>{t('rulebook:set.noteAlways')}</p>
                    )}
                    <p className="mt-1">
                      {t('rulebook:set.source')}:{' '}
                      <a href={`#source-${note.source}`} className="link">
                        {sourceTitle(note.source)}
                      </a>
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section>
        <h4 className="font-bold">{t('rulebook:set.sources')}</h4>
        <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
          {option.sources.map((id) => (
            <li key={id}>
              <a href={`#source-${id}`} className="link">
                {sourceTitle(id)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

function ValueEntry({ entry, unit, inForce, set, ctx, sourceTitle }: {
  entry: DatedValue;
  unit: RuleSet['parameters'][string]['unit'];
  inForce: boolean;
  set: RuleSet;
  ctx: DescribeContext;
  sourceTitle: (id: string) => string;
}) {
  const { t, lang } = ctx;
  return (
    <li className={`rounded border-2 p-3 ${inForce ? 'border-gray-900' : 'border-gray-300'}`} data-param-value data-status={entry.status}>
      <p className="font-bold" data-value>
        {parameterValueText(ctx, unit, entry.value)}
      </p>
      <dl className="mt-1 space-y-1 text-sm">
        <Field label={t('rulebook:set.period')}>
          {period(t, lang, entry.validFrom, entry.validTo)}
          {inForce && <> ({t('rulebook:set.inForce', { date: formatDate(ctx.asOf, lang) })})</>}
        </Field>
        <Field label={t('rulebook:set.status')}>
          {t(`rulebook:set.${entry.status}`)}
          {entry.verification === 'unverified' && <>, {t('rulebook:set.unconfirmed')}</>}
        </Field>
        {entry.proposal && <Field label={t('rulebook:set.proposal')}>{proposalText(t, set, entry.proposal)}</Field>}
        <Field label={t('rulebook:set.source')}>
          <a href={`#source-${entry.source}`} className="link">
            {sourceTitle(entry.source)}
          </a>
        </Field>
      </dl>
    </li>
  );
}

/**
 * One version of a rule set, for reviewers: its options with their
 * conditions in plain words, its dated values with periods, statuses and
 * sources, its sources, and the history of every version of the rule set.
 */
export function RuleSetView({
  set,
  current,
  asOf,
  lang,
  t,
  name,
}: {
  /** The version shown. */
  set: RuleSet;
  /** The version in force on `asOf`, if any. */
  current: RuleSet | undefined;
  asOf: string;
  lang: Language;
  t: TFunction;
  name: string;
}) {
  const isCurrent = current !== undefined && current.version === set.version && current.status === set.status;
  // The version in force reads its values today; another version on its first day.
  const readOn = isCurrent ? asOf : set.validFrom;
  const ctx: DescribeContext = { t, lang, ruleSet: set, asOf: readOn };
  const ns = namespaceOf(set.id);
  const byId = new Map(set.sources.map((s) => [s.id, s]));
  const sourceTitle = (id: string) => {
    const s = byId.get(id);
    return s ? `${s.brief ?? s.id.toUpperCase()}: ${s.title} (${s.publisher})` : id.toUpperCase();
  };
  const sourceCode = (id: string) => byId.get(id)?.brief ?? id.toUpperCase();
  const versions = REGISTRY.filter((s) => s.id === set.id).sort((a, b) => a.version.localeCompare(b.version) || a.status.localeCompare(b.status));
  const setPath = `/${lang}/rules/${set.id.toLowerCase()}`;
  const parameters = Object.entries(set.parameters);

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <p className="print:hidden">
          <a href={`/${lang}/rules`} className="link" data-action="back">
            {t('rulebook:set.back')}
          </a>
        </p>
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('rulebook:set.title', { name })}</h1>
        <p>{t('rulebook:audience')}</p>
        {!current && <p role="status">{t('rulebook:set.noneInForce', { date: formatDate(asOf, lang) })}</p>}
        {current && !isCurrent && (
          <p className="rounded-lg border-l-4 border-blue-900 bg-blue-50 p-3" data-viewing-other>
            {t('rulebook:set.viewingOther', { version: formatDate(set.version, lang), date: formatDate(asOf, lang), current: formatDate(current.version, lang) })}{' '}
            <a href={setPath} className="link">
              {t('rulebook:set.showCurrent')}
            </a>
          </p>
        )}
        {set.status === 'proposed' && (
          <p className="border-l-4 border-amber-700 pl-3">
            {t('rulebook:set.viewingProposal')} {set.proposal && proposalText(t, set, set.proposal)}
          </p>
        )}
        <section aria-labelledby="about-version" className="rounded-lg bg-gray-100 p-4">
          <h2 id="about-version" className="text-lg font-bold">
            {t('rulebook:set.summary')}
          </h2>
          <dl className="mt-2 space-y-1" data-version={set.version} data-version-status={set.status}>
            <Field label={t('rulebook:set.version')}>{formatDate(set.version, lang)}</Field>
            <Field label={t('rulebook:set.validFrom')}>{formatDate(set.validFrom, lang)}</Field>
            <Field label={t('rulebook:set.validTo')}>{set.validTo ? formatDate(set.validTo, lang) : t('rulebook:set.untilSuperseded')}</Field>
            <Field label={t('rulebook:set.status')}>{t(`rulebook:set.${set.status}`)}</Field>
            <Field label={t('rulebook:set.lastVerified')}>{formatDate(set.lastVerified, lang)}</Field>
          </dl>
          <p className="mt-2">{t(`${ns}:versions.${set.version}`)}</p>
        </section>
        <nav aria-labelledby="contents-title" className="print:hidden">
          <h2 id="contents-title" className="font-bold">
            {t('rulebook:set.contents')}
          </h2>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            <li><a href="#options" className="link">{t('rulebook:set.options')}</a></li>
            <li><a href="#parameters" className="link">{t('rulebook:set.parameters')}</a></li>
            <li><a href="#sources" className="link">{t('rulebook:set.sources')}</a></li>
            <li><a href="#history" className="link">{t('rulebook:set.history')}</a></li>
          </ul>
        </nav>
      </div>

      <BookSection id="options" title={t('rulebook:set.options')} intro={t('rulebook:set.optionsIntro')}>
        <p className="text-sm text-gray-800">{t('rulebook:set.readOn', { date: formatDate(readOn, lang) })}</p>
        {set.options.map((option) => (
          <OptionEntry key={option.id} option={option} set={set} ctx={ctx} sourceTitle={sourceTitle} sourceCode={sourceCode} />
        ))}
      </BookSection>

      <BookSection id="parameters" title={t('rulebook:set.parameters')} intro={t('rulebook:set.parametersIntro')}>
        {parameters.length === 0 && <p>{t('rulebook:set.noParameters')}</p>}
        {parameters.map(([pname, parameter]) => {
          let inForce: DatedValue | undefined;
          try {
            inForce = resolveParameter(set, pname, readOn, 'adopted').entry;
          } catch {
            inForce = undefined;
          }
          const values = [...parameter.values].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
          return (
            <section key={pname} id={`param-${pname}`} aria-labelledby={`param-title-${pname}`} className="space-y-2" data-parameter={pname}>
              <h3 id={`param-title-${pname}`} className="text-lg font-bold first-letter:uppercase">
                {parameterName(ctx, pname) ?? pname}
              </h3>
              <p className="text-sm text-gray-800">
                {t('rulebook:set.paramId')}: <code>{pname}</code>
              </p>
              <ul className="space-y-2">
                {values.map((entry, i) => (
                  <ValueEntry key={i} entry={entry} unit={parameter.unit} inForce={entry === inForce} set={set} ctx={ctx} sourceTitle={sourceTitle} />
                ))}
              </ul>
            </section>
          );
        })}
      </BookSection>

      <BookSection id="sources" title={t('rulebook:set.sources')} intro={t('rulebook:set.sourcesIntro')}>
        <ul className="space-y-3">
          {set.sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`} className="rounded border-2 border-gray-300 p-3" data-source={s.id}>
              <p className="font-bold">
                {s.brief ?? s.id.toUpperCase()}:{' '}
                {s.url ? (
                  <a href={s.url} rel="noreferrer" className="link">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </p>
              <dl className="mt-1 space-y-1 text-sm">
                <Field label={t('rulebook:set.publisher')}>{s.publisher}</Field>
                <Field label={t('rulebook:set.published')}>{s.date ? formatDate(s.date, lang) : (s.dateNote ?? '')}</Field>
                {s.article && <Field label={t('rulebook:set.article')}>{s.article}</Field>}
                {s.quote && <Field label={t('rulebook:set.quote')}>{t('rulebook:quote', { text: s.quote })}</Field>}
                <Field label={t('rulebook:set.accessed')}>{ISO.test(s.accessed) ? formatDate(s.accessed, lang) : s.accessed}</Field>
              </dl>
              <p className="mt-1 text-sm">{s.official ? t('rulebook:set.official') : t('rulebook:set.unofficial')}</p>
            </li>
          ))}
        </ul>
      </BookSection>

      <BookSection id="history" title={t('rulebook:set.history')} intro={t('rulebook:set.historyIntro')}>
        <ol className="space-y-3" data-history>
          {versions.map((v) => {
            const shown = v.version === set.version && v.status === set.status;
            const inForceNow = current !== undefined && v.version === current.version && v.status === current.status;
            return (
              <li key={`${v.version}-${v.status}`} className="rounded border-2 border-gray-300 p-3" data-history-version={v.version} data-version-status={v.status}>
                <p className="font-bold">
                  {formatDate(v.version, lang)} · {t(`rulebook:set.${v.status}`)}
                  {inForceNow && <> · {t('rulebook:set.current')}</>}
                </p>
                <dl className="mt-1 space-y-1 text-sm">
                  <Field label={t('rulebook:set.period')}>
                    {v.validTo ? period(t, lang, v.validFrom, v.validTo) : `${period(t, lang, v.validFrom)}, ${t('rulebook:set.untilSuperseded')}`}
                  </Field>
                  <Field label={t('rulebook:set.lastVerified')}>{formatDate(v.lastVerified, lang)}</Field>
                  {v.proposal && <Field label={t('rulebook:set.proposal')}>{proposalText(t, v, v.proposal)}</Field>}
                </dl>
                <p className="mt-1">
                  <span className="font-bold">{t('rulebook:set.changed')}:</span> {t(`${ns}:versions.${v.version}`)}
                </p>
                <p className="mt-1 text-sm">
                  {shown ? (
                    <span>({t('rulebook:set.shown')})</span>
                  ) : (
                    <a href={inForceNow ? setPath : `${setPath}/${v.version}`} className="link">
                      {t('rulebook:set.showVersion')}
                    </a>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      </BookSection>
    </div>
  );
}

/** One part of a rule set's page: a heading of the page's outline, an optional introduction, the content. */
function BookSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="space-y-4">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h2>
      {intro !== undefined && <p>{intro}</p>}
      {children}
    </section>
  );
}
