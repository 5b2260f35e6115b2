import type { TFunction } from 'i18next';
import type { QuestionSpec } from '../../machines';
import { currencyOf, type FactKey, type HostCountry } from '../../rules';
import type { Language } from '../../locales';
import type { AnswerError, FieldValues } from '../../lib/answer-form';
import { errorMessage, questionText, unknownAnswerText, unknownLabel } from '../../lib/answer-texts';
import { countryChoices, countryName, currencyLabel, MONEY_KEYS, regionChoices, regionName } from '../../lib/formats';
import { BiPlain, BiText, type LangT, type TextLanguages } from '../hub/bi-text';
import { RegionSearch } from './region-search';

interface Props {
  lang: Language;
  t: TFunction;
  question: QuestionSpec;
  values: FieldValues;
  error: AnswerError | null;
  host: HostCountry | undefined;
  /**
   * The languages of the question's own texts (title, hint, choices). In hub
   * mode: the client's, with the volunteer's beside it. Buttons, labels of
   * the date parts and errors stay in the page language. Default: the page
   * language alone.
   */
  texts?: TextLanguages;
  /** The stored answer is `unknown`: the "I don't know" button shows as chosen. */
  unknownChosen?: boolean;
}

const FOCUS = 'focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-400 focus-visible:ring-offset-2';
const TEXT_INPUT = `h-12 rounded border-2 border-gray-900 px-3 text-lg ${FOCUS}`;
const INVALID = 'border-red-700 border-4';

/** A refused answer's message, in the question's own words where it has them ("… or press “Prefer not to say”"). */
export function errorText(t: TFunction, error: AnswerError, key: FactKey | null = null): string {
  return errorMessage(t, error, key);
}

/**
 * One question as a plain form (contract §4): <form data-question="KEY">, a
 * fieldset whose legend is the page heading, the hint, the error beside the
 * field, then the inputs named after the key and the Continue / "I don't
 * know" buttons. Posts to /[lang]/answer; no JavaScript needed.
 */
export function QuestionForm({ lang, t, question, values, error, host, texts: textsProp, unknownChosen = false }: Props) {
  const { key } = question;
  const texts: TextLanguages = textsProp ?? { main: { lang, t }, beside: null };
  const { main, beside } = texts;
  // The title and the hint in the host country's own words where it has them.
  const shown = (field: 'title' | 'hint') => (l: LangT) => ({ lang: l.lang, text: questionText(l.t, key, field, host) });
  const currentId = `${key}-current`;
  const hintId = `${key}-hint`;
  const errorId = `${key}-error`;
  const invalid = (name: string) => error?.fields.includes(name) ?? false;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <form method="post" action={`/${lang}/answer`} data-question={key} noValidate className="space-y-6">
      <input type="hidden" name="question" value={key} />
      <div className={error ? 'border-l-4 border-red-700 pl-3' : undefined}>
        <fieldset aria-describedby={describedBy} className="min-w-0">
          <legend className="mb-2">
            <h1 className="text-2xl leading-tight font-bold sm:text-3xl">
              <BiPlain main={shown('title')(main)} beside={beside && shown('title')(beside)} besideClassName="mt-1 text-lg text-gray-700" />
            </h1>
          </legend>
          <p id={hintId} className="mb-4 text-gray-700">
            <BiPlain main={shown('hint')(main)} beside={beside && shown('hint')(beside)} besideClassName="text-sm text-gray-700" />
          </p>
          {error && (
            <p id={errorId} className="mb-3 font-bold text-red-700" data-error-for={key}>
              <span className="sr-only">{t('interview:errors.prefix')} </span>
              {errorText(t, error, key)}
            </p>
          )}
          <Inputs
            lang={lang}
            t={t}
            texts={texts}
            question={question}
            values={values}
            invalid={invalid}
            host={host}
            errorId={error ? errorId : undefined}
          />
        </fieldset>
      </div>

      {question.allowsUnknown && unknownChosen && (
        <p id={currentId} className="font-bold" data-current-answer="unknown">
          {t('interview:currentAnswer', { answer: unknownAnswerText(t, key) })}
        </p>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap print:hidden">
        <button
          type="submit"
          name="intent"
          value="continue"
          data-action="continue"
          className={`min-h-12 rounded bg-green-800 px-6 py-3 text-lg font-bold text-white shadow-[0_3px_0_#0b3d1e] hover:bg-green-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black focus-visible:shadow-[0_3px_0_#000]`}
        >
          {t('interview:continue')}
        </button>
        {question.allowsUnknown && (
          <button
            type="submit"
            name="intent"
            value="unknown"
            data-action="unknown"
            data-chosen={unknownChosen || undefined}
            aria-describedby={unknownChosen ? currentId : undefined}
            className={`min-h-12 rounded border-2 px-6 py-3 text-lg font-bold text-gray-900 focus:outline-none focus-visible:bg-yellow-300 ${unknownChosen ? 'border-4 border-blue-900 bg-blue-50 hover:bg-blue-100' : 'border-gray-900 bg-white hover:bg-gray-100'}`}
          >
            {unknownChosen && <span aria-hidden="true">✓ </span>}
            {unknownLabel(t, key)}
          </button>
        )}
      </div>
    </form>
  );
}

/** The regions whose names alone are easy to mix up: Kyiv city and Kyiv oblast (Norway and Denmark treat them differently). */
const REGION_NOTES: Record<string, string> = { 'UA-30': 'kyivCity', 'UA-32': 'kyivOblast' };

/** A region in the list: its name, for Kyiv city and Kyiv oblast what each is in words, and in hub mode the volunteer's name beside it. */
function regionLabel(r: { value: string; label: string }, texts: TextLanguages): string {
  const note = REGION_NOTES[r.value];
  const main = note ? `${r.label} — ${texts.main.t(`interview:region.notes.${note}`)}` : r.label;
  return texts.beside ? `${main} (${regionName(texts.beside.t, r.value)})` : main;
}

function Inputs({
  lang,
  t,
  texts,
  question,
  values,
  invalid,
  host,
  errorId,
}: {
  lang: Language;
  t: TFunction;
  texts: TextLanguages;
  question: QuestionSpec;
  values: FieldValues;
  invalid: (name: string) => boolean;
  host: HostCountry | undefined;
  errorId: string | undefined;
}) {
  const { key } = question;

  if (question.input === 'date') {
    const autocomplete = key === 'birthDate' ? 'bday' : undefined;
    const parts = [
      { part: 'day', width: 'w-16', max: 2 },
      { part: 'month', width: 'w-16', max: 2 },
      { part: 'year', width: 'w-24', max: 4 },
    ] as const;
    return (
      <div className="flex flex-wrap gap-4">
        <p className="sr-only">{t('interview:date.example')}</p>
        {parts.map(({ part, width, max }) => {
          const name = `${key}-${part}`;
          return (
            <div key={part} className="flex flex-col">
              <label htmlFor={name} className="mb-1 font-bold">
                {t(`interview:date.${part}`)}
              </label>
              <input
                id={name}
                name={name}
                type="text"
                inputMode="numeric"
                autoComplete={autocomplete ? `${autocomplete}-${part}` : 'off'}
                spellCheck={false}
                maxLength={max + 4}
                defaultValue={values[name] ?? ''}
                aria-invalid={invalid(name) || undefined}
                aria-describedby={invalid(name) ? errorId : undefined}
                className={`${TEXT_INPUT} ${width} ${invalid(name) ? INVALID : ''}`}
              />
            </div>
          );
        })}
      </div>
    );
  }

  if (question.input === 'number') {
    const currency = MONEY_KEYS.includes(key) && host !== undefined ? currencyOf(host) : null;
    const label = currency ? t('interview:number.money', { currency: currencyLabel(currency, lang) }) : null;
    return (
      <div className="flex flex-col">
        <label htmlFor={key} className="mb-1 font-bold">
          {label ?? <BiText langs={texts} k={`questions:${key}.label`} besideClassName="text-sm text-gray-700" />}
        </label>
        <input
          id={key}
          name={key}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          defaultValue={values[key] ?? ''}
          aria-invalid={invalid(key) || undefined}
          aria-describedby={invalid(key) ? errorId : undefined}
          className={`${TEXT_INPUT} w-48 ${invalid(key) ? INVALID : ''}`}
        />
      </div>
    );
  }

  if (question.input === 'region') {
    const selected = values[key] ?? '';
    const choices = regionChoices(texts.main.t, texts.main.lang);
    return (
      <div className="flex flex-col">
        <RegionSearch
          selectId={key}
          label={t('interview:region.search.label')}
          hint={t('interview:region.search.hint')}
          matches={Array.from({ length: choices.length + 1 }, (_, n) => (n === 0 ? '' : t('interview:region.search.matches', { count: n })))}
          none={t('interview:region.search.none')}
          choose={t('interview:region.search.choose')}
        />
        <label htmlFor={key} className="mb-1 font-bold">
          {t('interview:region.label')}
        </label>
        <select
          id={key}
          name={key}
          defaultValue={selected}
          aria-invalid={invalid(key) || undefined}
          aria-describedby={invalid(key) ? errorId : undefined}
          className={`${TEXT_INPUT} w-full max-w-md bg-white ${invalid(key) ? INVALID : ''}`}
        >
          <option value="">{t('interview:region.choose')}</option>
          {choices.map((r) => (
            <option key={r.value} value={r.value} lang={texts.main.lang !== lang ? texts.main.lang : undefined}>
              {regionLabel(r, texts)}
            </option>
          ))}
        </select>
      </div>
    );
  }

  // Choices and the host country: radios drawn as large quick-reply buttons.
  const { main, beside } = texts;
  const choices =
    question.input === 'country'
      ? countryChoices(main.t, main.lang)
      : question.choices.map((value) => ({ value, label: main.t(`questions:${key}.options.${value}`) }));
  const besideLabel = (value: string) =>
    beside
      ? { lang: beside.lang, text: question.input === 'country' ? countryName(beside.t, value, beside.lang) : beside.t(`questions:${key}.options.${value}`) }
      : null;
  const checked = values[key];
  const country = question.input === 'country';
  const list = (
    <div id={`${key}-list`} className={country ? 'grid grid-cols-1 gap-2 min-[400px]:grid-cols-2' : 'flex flex-col gap-2'}>
      {choices.map((choice, index) => {
        const id = `${key}-${index}`;
        return (
          <label
            key={choice.value}
            htmlFor={id}
            data-filter-text={country ? choice.value : undefined}
            data-filter-always={country && choice.value === 'other' ? '' : undefined}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-400 bg-white px-4 py-2 text-lg hover:border-blue-800 has-[:checked]:border-blue-900 has-[:checked]:bg-blue-50 has-[:focus-visible]:ring-4 has-[:focus-visible]:ring-yellow-400"
          >
            <input
              id={id}
              type="radio"
              name={key}
              value={choice.value}
              defaultChecked={checked === choice.value}
              aria-describedby={index === 0 && errorId ? errorId : undefined}
              className="h-6 w-6 shrink-0 accent-blue-900 focus:outline-none"
            />
            <span>
              <BiPlain main={{ lang: main.lang, text: choice.label }} beside={besideLabel(choice.value)} besideClassName="text-sm text-gray-700" />
            </span>
          </label>
        );
      })}
    </div>
  );
  if (!country) return list;
  // A search box over the countries, with JavaScript only (ListFilter, in the layout); without it the radios alone work.
  const searchId = `${key}-search`;
  return (
    <div>
      <div className="js-only mb-3 flex-col">
        <label htmlFor={searchId} className="mb-1 font-bold">
          {t('interview:country.search.label')}
        </label>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          spellCheck={false}
          data-filter-list={`${key}-list`}
          data-filter-status={`${searchId}-status`}
          data-filter-found={t('interview:country.search.found', { n: '{{n}}' })}
          data-filter-none={t('interview:country.search.none')}
          aria-describedby={`${searchId}-status`}
          className={`${TEXT_INPUT} w-full max-w-md`}
        />
        <p id={`${searchId}-status`} role="status" className="mt-1 text-sm" />
      </div>
      {list}
    </div>
  );
}
