import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { buildAdvice } from '../../lib/advice';
import { getT } from '../../lib/i18n';
import { firstInputId, inputNames, parseAnswer, parseDateParts, parseWholeNumber, valuesFromAnswer } from '../../lib/answer-form';
import { answerText, questionText, summaryFactLabel } from '../../lib/answer-texts';
import { countryChoices, currencyLabel, regionChoices } from '../../lib/formats';
import { keyDates, TP_END } from '../../lib/key-dates';
import { groupOptions } from '../../lib/option-groups';
import { earlierQuestions, previousQuestion } from '../../lib/question-path';
import { FACT_KEYS, HOST_COUNTRIES, UA_REGIONS } from '../../rules';
import { questionFor } from '../../machines';
import { LANGUAGES } from '../../locales';
import { renderToStaticMarkup as staticMarkup } from 'react-dom/server';
import { QuestionView } from '../../components/views/question-view';
import { Thread } from '../../components/interview/thread';
import { AnswersList } from '../../components/interview/answers-list';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const AS_OF = '2026-11-28';
const form = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('parseDateParts (memorable date)', () => {
  it.each([
    [['5', '2', '1988'], '1988-02-05'],
    [['05', '02', '1988'], '1988-02-05'],
    [[' 5 ', ' 02', '1988 '], '1988-02-05'],
    [['29', '2', '2024'], '2024-02-29'],
    [['28', '11', '2026'], '2026-11-28'],
  ])('%j → %s', ([d, m, y], iso) => {
    expect(parseDateParts('birthDate', d!, m!, y!, AS_OF)).toEqual({ ok: true, iso });
  });

  it.each([
    [['', '', ''], 'date-missing', ['birthDate-day', 'birthDate-month', 'birthDate-year']],
    [['5', '', '1988'], 'date-incomplete', ['birthDate-month']],
    [['5a', '2', '1988'], 'date-not-number', ['birthDate-day']],
    [['5', '2', '88'], 'date-year-digits', ['birthDate-year']],
    [['31', '2', '1988'], 'date-impossible', ['birthDate-day', 'birthDate-month']],
    [['29', '2', '2023'], 'date-impossible', ['birthDate-day', 'birthDate-month']],
    [['1', '13', '1988'], 'date-impossible', ['birthDate-month']],
    [['32', '1', '1988'], 'date-impossible', ['birthDate-day']],
    [['29', '11', '2026'], 'date-future', ['birthDate-day', 'birthDate-month', 'birthDate-year']],
  ])('%j is refused: %s', ([d, m, y], code, fields) => {
    expect(parseDateParts('birthDate', d!, m!, y!, AS_OF)).toEqual({ ok: false, error: { code, fields } });
  });

  it('refuses a year before 1900, and a birth more than 120 years before this year, naming the first year it takes', () => {
    expect(parseDateParts('arrivalDate', '1', '1', '1899', AS_OF)).toEqual({ ok: false, error: { code: 'date-range', fields: ['arrivalDate-year'], vars: { min: 1900 } } });
    expect(parseDateParts('arrivalDate', '1', '1', '1900', AS_OF)).toEqual({ ok: true, iso: '1900-01-01' });
    expect(parseDateParts('birthDate', '1', '6', '1900', AS_OF)).toEqual({ ok: false, error: { code: 'date-range', fields: ['birthDate-year'], vars: { min: 1906 } } });
    expect(parseDateParts('birthDate', '31', '12', '1905', AS_OF)).toMatchObject({ ok: false, error: { code: 'date-range' } });
    expect(parseDateParts('birthDate', '1', '1', '1906', AS_OF)).toEqual({ ok: true, iso: '1906-01-01' });
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['1450', 1450],
    [' 1450 ', 1450],
    ['1 450', 1450],
    ['1\u00a0450', 1450],
    ['560\u202f000', 560000],
    ['1.450', 1450],
    ['1,450', 1450],
    ['1,450,000', 1450000],
    ['0', 0],
  ])('%j → %d', (raw, n) => expect(parseWholeNumber(raw)).toBe(n));

  it.each(['', 'abc', '1450.50', '1,45', '-5', '1e3', '12 thousand'])('%j is not a whole number', (raw) => {
    expect(parseWholeNumber(raw)).toBeNull();
  });
});

describe('parseAnswer', () => {
  it('reads a choice and refuses a value that is not offered', () => {
    expect(parseAnswer('sex', form({ sex: 'male' }), 'continue', AS_OF)).toEqual({ ok: true, value: 'male' });
    expect(parseAnswer('sex', form({ sex: 'other' }), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'choice-or-unknown', fields: ['sex-0'] } });
    expect(parseAnswer('sex', form({}), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'choice-or-unknown' } });
    expect(parseAnswer('partner', form({}), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'choice' } });
  });

  it('stores "unknown" only where the question offers "I don\'t know"', () => {
    expect(parseAnswer('sex', form({}), 'unknown', AS_OF)).toEqual({ ok: true, value: 'unknown' });
    expect(parseAnswer('birthDate', form({ 'birthDate-day': '31' }), 'unknown', AS_OF)).toEqual({ ok: true, value: 'unknown' });
    // partner has no "unknown": the button is not offered, and a forged post is an unanswered question.
    expect(parseAnswer('partner', form({}), 'unknown', AS_OF)).toMatchObject({ ok: false, error: { code: 'choice' } });
    expect(parseAnswer('arrivalDate', form({}), 'unknown', AS_OF)).toMatchObject({ ok: false, error: { code: 'date-missing' } });
  });

  it('reads the host country and the region, and refuses codes outside the lists', () => {
    expect(parseAnswer('hostCountry', form({ hostCountry: 'CZ' }), 'continue', AS_OF)).toEqual({ ok: true, value: 'CZ' });
    expect(parseAnswer('hostCountry', form({ hostCountry: 'RU' }), 'continue', AS_OF)).toMatchObject({ ok: false });
    expect(parseAnswer('originOblast', form({ originOblast: 'UA-32' }), 'continue', AS_OF)).toEqual({ ok: true, value: 'UA-32' });
    expect(parseAnswer('originOblast', form({ originOblast: '' }), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'region', fields: ['originOblast'] } });
  });

  it('reads a date and keeps what was typed when it is refused', () => {
    expect(parseAnswer('arrivalDate', form({ 'arrivalDate-day': '03', 'arrivalDate-month': '4', 'arrivalDate-year': '2022' }), 'continue', AS_OF)).toEqual({ ok: true, value: '2022-04-03' });
    expect(parseAnswer('arrivalDate', form({ 'arrivalDate-day': '31', 'arrivalDate-month': '02', 'arrivalDate-year': '2022' }), 'continue', AS_OF)).toEqual({
      ok: false,
      error: { code: 'date-impossible', fields: ['arrivalDate-day', 'arrivalDate-month'] },
      values: { 'arrivalDate-day': '31', 'arrivalDate-month': '02', 'arrivalDate-year': '2022' },
    });
  });

  it('reads numbers within the schema range', () => {
    expect(parseAnswer('householdAnnualIncome', form({ householdAnnualIncome: '560 000' }), 'continue', AS_OF)).toEqual({ ok: true, value: 560000 });
    expect(parseAnswer('householdSize', form({ householdSize: '0' }), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'number-range', vars: { min: 1, max: 30 } } });
    expect(parseAnswer('insuredWorkMonthsLast24', form({ insuredWorkMonthsLast24: '25' }), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'number-range', vars: { min: 0, max: 24 } } });
    expect(parseAnswer('childrenInHost', form({ childrenInHost: '' }), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'number-missing' } });
    expect(parseAnswer('monthlyGrossIncome', form({ monthlyGrossIncome: '1450,50' }), 'continue', AS_OF)).toMatchObject({ ok: false, error: { code: 'number-not-whole' }, values: { monthlyGrossIncome: '1450,50' } });
  });

  it('keeps typed values short', () => {
    const parsed = parseAnswer('childrenInHost', form({ childrenInHost: 'x'.repeat(500) }), 'continue', AS_OF);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.values.childrenInHost!.length).toBeLessThanOrEqual(40);
  });
});

describe('input names and pre-filled values (contract §4)', () => {
  it('names date inputs KEY-day, KEY-month, KEY-year and others after the key', () => {
    expect(inputNames('birthDate')).toEqual(['birthDate-day', 'birthDate-month', 'birthDate-year']);
    expect(inputNames('sex')).toEqual(['sex']);
    expect(firstInputId('birthDate')).toBe('birthDate-day');
    expect(firstInputId('sex')).toBe('sex-0');
    expect(firstInputId('originOblast')).toBe('originOblast');
  });

  it('splits a stored date, and shows nothing for "unknown"', () => {
    expect(valuesFromAnswer('birthDate', '1988-02-05')).toEqual({ 'birthDate-day': '5', 'birthDate-month': '2', 'birthDate-year': '1988' });
    expect(valuesFromAnswer('birthDate', 'unknown')).toEqual({});
    expect(valuesFromAnswer('childrenInHost', 2)).toEqual({ childrenInHost: '2' });
  });

  it('round-trips every stored answer of every question through the form', () => {
    for (const key of FACT_KEYS) {
      const spec = questionFor(key);
      const sample = spec.input === 'date' ? '2020-01-31' : spec.input === 'number' ? 3 : spec.choices[0]!;
      const values = valuesFromAnswer(key, sample);
      expect(parseAnswer(key, form(values), 'continue', AS_OF), key).toEqual({ ok: true, value: sample });
    }
  });
});

describe('answers in words', () => {
  it('has a text for every choice of every question in every language', () => {
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      for (const key of FACT_KEYS) {
        const spec = questionFor(key);
        for (const k of ['title', 'hint']) expect(t(`questions:${key}.${k}`), `${lang} ${key}.${k}`).not.toMatch(/^questions|^[a-zA-Z]+\./);
        if (spec.input === 'choice') {
          for (const value of spec.choices) expect(answerText(t, key, value, lang), `${lang} ${key}=${value}`).not.toContain('.options.');
        }
      }
    }
  });

  it('writes dates, money, counts, countries and regions for people', () => {
    const en = getT('en');
    const uk = getT('uk');
    expect(answerText(en, 'birthDate', '1988-02-14', 'en')).toBe('14 February 1988');
    expect(answerText(uk, 'birthDate', '1988-02-14', 'uk')).toBe('14 лютого 1988 р.');
    expect(answerText(en, 'monthlyGrossIncome', 1450, 'en', 'NL')).toBe('€1,450');
    expect(answerText(en, 'householdAnnualIncome', 560000, 'en', 'CZ')).toMatch(/CZK\s?560,000/);
    expect(answerText(en, 'childrenInHost', 1, 'en')).toBe('1 child');
    expect(answerText(en, 'childrenInHost', 2, 'en')).toBe('2 children');
    expect(answerText(uk, 'childrenInHost', 2, 'uk')).toBe('2 дитини');
    expect(answerText(uk, 'childrenInHost', 5, 'uk')).toBe('5 дітей');
    expect(answerText(en, 'hostCountry', 'NL', 'en')).toBe('Netherlands');
    expect(answerText(getT('nl'), 'hostCountry', 'NL', 'nl')).toBe('Nederland');
    expect(answerText(en, 'sex', 'unknown', 'en')).toBe('Prefer not to say');
    expect(answerText(en, 'birthDate', 'unknown', 'en')).toBe('Prefer not to say');
    expect(answerText(uk, 'sex', 'unknown', 'uk')).toBe('Не хочу вказувати');
    expect(answerText(getT('nl'), 'birthDate', 'unknown', 'nl')).toBe('Zeg ik liever niet');
    expect(answerText(en, 'homeAreaOccupied', 'unknown', 'en')).toBe("I don't know");
    expect(answerText(uk, 'originOblast', 'UA-30', 'uk')).toBe('місто Київ');
  });

  it('labels money with the host currency', () => {
    expect(currencyLabel('EUR', 'en')).toBe('Euro (€, EUR)');
    expect(currencyLabel('CZK', 'en')).toContain('CZK');
    expect(currencyLabel('PLN', 'uk')).toContain('PLN');
  });
});

describe('lists', () => {
  it('offers every host country of the registry, named by Intl in the page language and sorted, with “another country” last', () => {
    const other = { en: 'Another country', uk: 'Інша країна', nl: 'Een ander land' } as const;
    for (const lang of LANGUAGES) {
      const choices = countryChoices(getT(lang), lang);
      expect(choices.map((c) => c.value).sort()).toEqual([...HOST_COUNTRIES].sort());
      expect(choices.at(-1)).toEqual({ value: 'other', label: other[lang] });
      const named = choices.slice(0, -1);
      const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
      for (const c of named) expect(c.label, `${lang} ${c.value}`).toBe(regionNames.of(c.value));
      const names = named.map((c) => c.label);
      expect([...names].sort(new Intl.Collator(lang).compare)).toEqual(names);
    }
  });

  it('offers all 27 regions, with Kyiv city and Kyiv oblast distinct and next to each other', () => {
    for (const lang of LANGUAGES) {
      const regions = regionChoices(getT(lang), lang);
      expect(regions.map((r) => r.value).sort()).toEqual([...UA_REGIONS].sort());
      expect(new Set(regions.map((r) => r.label)).size).toBe(27);
      const city = regions.findIndex((r) => r.value === 'UA-30');
      const oblast = regions.findIndex((r) => r.value === 'UA-32');
      expect(Math.abs(city - oblast), lang).toBe(1);
    }
  });
});

describe('a question worded for one host country (questions:<key>.byHost.<CC>)', () => {
  const CZ = {
    en: {
      benefit: 'Did your household receive humanitarian benefit (humanitární dávka) at any time between 1 October 2025 and 31 March 2026?',
      benefitHint: 'Count any month in that period, even if you no longer receive it. Money received only after 31 March 2026 does not count.',
      scheme: 'Did you register your interest in special long-term residence (ZDP) in the 2026 round, by 30 April 2026?',
      hint: 'A registration from the first round (April 2025) does not count.',
    },
    uk: {
      benefit: 'Чи отримувало ваше домогосподарство гуманітарну допомогу (humanitární dávka) будь-коли з 1 жовтня 2025 р. по 31 березня 2026 р.?',
      benefitHint: 'Враховуйте будь-який місяць у цьому періоді, навіть якщо зараз ви її вже не отримуєте. Виплати, отримані лише після 31 березня 2026 р., не враховуються.',
      scheme: 'Чи зареєстрували ви зацікавленість в особливому довгостроковому перебуванні (ZDP) в раунді 2026 р., до 30 квітня 2026 р.?',
      hint: 'Реєстрація з першого раунду (квітень 2025 р.) не зараховується.',
    },
    nl: {
      benefit: 'Kreeg uw huishouden tussen 1 oktober 2025 en 31 maart 2026 ooit een humanitaire uitkering (humanitární dávka)?',
      benefitHint: 'Tel elke maand in die periode mee, ook als u de uitkering nu niet meer krijgt. Geld dat u pas na 31 maart 2026 kreeg, telt niet.',
      scheme: 'Hebt u in de ronde van 2026, uiterlijk 30 april 2026, uw belangstelling voor het bijzonder langdurig verblijf (ZDP) gemeld?',
      hint: 'Een melding uit de eerste ronde (april 2025) telt niet.',
    },
  } as const;
  it('gives a Czech person the Czech wording and a Dutch person (or nobody yet) the general one, in uk, nl and en', () => {
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      expect(questionText(t, 'receivesHumanitarianBenefit', 'title', 'CZ')).toBe(CZ[lang].benefit);
      expect(questionText(t, 'transitionSchemeRegistered', 'title', 'CZ')).toBe(CZ[lang].scheme);
      expect(questionText(t, 'transitionSchemeRegistered', 'hint', 'CZ')).toBe(CZ[lang].hint);
      for (const host of ['NL', undefined] as const) {
        expect(questionText(t, 'receivesHumanitarianBenefit', 'title', host)).toBe(t('questions:receivesHumanitarianBenefit.title'));
        expect(questionText(t, 'transitionSchemeRegistered', 'hint', host)).toBe(t('questions:transitionSchemeRegistered.hint'));
      }
      expect(questionText(t, 'receivesHumanitarianBenefit', 'hint', 'CZ')).toBe(CZ[lang].benefitHint);
      expect(questionText(t, 'receivesHumanitarianBenefit', 'hint', 'NL')).toBe(t('questions:receivesHumanitarianBenefit.hint'));
      // No wording of its own: the general text.
      expect(questionText(t, 'birthDate', 'title', 'CZ')).toBe(t('questions:birthDate.title'));
    }
  });

  it('draws the Czech wording on the question page, in the thread and in the review, and the general one for NL', () => {
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      for (const host of ['CZ', 'NL'] as const) {
        const answers = { hostCountry: host, receivesHumanitarianBenefit: 'yes' } as const;
        const title = host === 'CZ' ? CZ[lang].benefit : t('questions:receivesHumanitarianBenefit.title');
        const spec = questionFor('receivesHumanitarianBenefit');
        const state = { kind: 'question', key: spec.key, spec, answers, earlier: ['hostCountry'], previous: 'hostCountry', values: {}, error: null, unknownChosen: false, progress: { n: 2, more: 3 } } as const;
        const page = staticMarkup(createElement(QuestionView, { lang, t, texts: { main: { lang, t }, beside: null }, hub: null, state: { ...state, earlier: [...state.earlier] } }));
        expect(page, `${lang} ${host}`).toContain(`>${escapeHtml(title)}<`);
        const thread = staticMarkup(createElement(Thread, { lang, t, keys: ['hostCountry', 'receivesHumanitarianBenefit'], answers }));
        expect(thread).toContain(escapeHtml(title));
        const review = staticMarkup(createElement(AnswersList, { lang, t, keys: ['hostCountry', 'receivesHumanitarianBenefit'], answers }));
        expect(review).toContain(escapeHtml(title));
        // The printed summary labels the answer with the Czech question, else with its short label.
        expect(summaryFactLabel(t, 'receivesHumanitarianBenefit', host)).toBe(host === 'CZ' ? CZ[lang].benefit : t('summary:facts.receivesHumanitarianBenefit'));
      }
    }
  });
});

describe('the thread and the back link', () => {
  const path = ['hostCountry', 'birthDate', 'sex'] as const;
  it('goes back along the path', () => {
    expect(previousQuestion(path, 'hostCountry')).toBeNull();
    expect(previousQuestion(path, 'sex')).toBe('birthDate');
    expect(previousQuestion(path, 'originOblast')).toBe('sex');
    expect(earlierQuestions(path, 'birthDate')).toEqual(['hostCountry']);
    expect(earlierQuestions(path, 'originOblast')).toEqual(path);
  });
});

describe('results', () => {
  const answers = { hostCountry: 'CZ', sex: 'male', birthDate: '2003-05-01', originOblast: 'UA-30' } as const;

  it('groups options in the order stay, protection, return, hub, info', () => {
    const advice = buildAdvice(answers, AS_OF, 'en');
    const kinds = groupOptions(advice.options).map((g) => g.kind);
    expect(kinds).toEqual(['stay', 'protection', 'return', 'hub', 'info'].filter((k) => kinds.includes(k as never)));
    expect(groupOptions(advice.options).flatMap((g) => g.options)).toHaveLength(advice.options.length);
  });

  it('lists the key dates ahead: end of protection, the day after, birthdays for men, within three years', () => {
    const advice = buildAdvice(answers, AS_OF, 'en');
    const dates = keyDates(answers, AS_OF, advice.options);
    const at = (d: string) => dates.find((k) => k.date === d)?.reasons.map((r) => r.kind);
    expect(at(TP_END)).toContain('tp-end');
    expect(at('2027-03-05')).toContain('tp-after');
    expect(at('2026-05-01')).toBeUndefined(); // 23rd birthday already passed
    expect(dates.find((k) => k.reasons.some((r) => r.kind === 'birthday' && r.age === 25))?.date).toBe('2028-05-01');
    expect(dates.every((k) => k.date > AS_OF && k.date <= '2029-11-28')).toBe(true);
    expect([...dates].sort((a, b) => a.date.localeCompare(b.date))).toEqual(dates);
    // No birthdays for women.
    expect(keyDates({ ...answers, sex: 'female' }, AS_OF, advice.options).some((k) => k.reasons.some((r) => r.kind === 'birthday'))).toBe(false);
  });
});
