import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, fromBase64Url, toBase64Url } from '../../lib/handover-format';
import { getT } from '../../lib/i18n';
import { buildAdvice } from '../../lib/advice';
import { thenAndNow } from '../../lib/handover-format';
import { applyAnswer, changesState, questionState, resultsState, reviewState, stepFromPath, stepPath, summaryState } from '../../lib/page-state';
import { parseRenderKey, renderKey } from '../../lib/render-key';
import { createTranslator } from '../../lib/translator';
import uk from '../../locales/uk/index';
import type { Language } from '../../locales';
import { completeAnswers } from '../fixtures/complete-answers';
import p01 from '../fixtures/cases/P01.json';

/**
 * The pure page logic the server pages and the engine in the browser share:
 * an answer moves the person the same way whichever of the two handles it.
 */
const AS_OF = '2026-11-28';
const form = (fields: Record<string, string>) => (name: string) => fields[name] ?? null;

describe('where the person is on a question', () => {
  it('numbers the question and says about how many more the rules still need (neededFacts)', () => {
    const first = questionState({}, AS_OF, 'hostCountry', null);
    expect(first).toMatchObject({ kind: 'question', progress: { n: 1, more: null } });
    const start = applyAnswer({}, AS_OF, 'hostCountry', form({ hostCountry: 'NL' }), 'continue');
    if (start.kind !== 'stored' || start.to === 'review' || start.to === 'results') throw new Error('not stored');
    const second = questionState({ hostCountry: 'NL' }, AS_OF, start.to, null);
    if (second.kind !== 'question') throw new Error('not a question');
    expect(second.progress.n).toBe(2);
    expect(second.progress.more).toBeGreaterThan(3);
    // One answer further ("I don't know" where offered, else the first choice), the count goes down.
    const value = second.spec.allowsUnknown ? {} : { [second.key]: second.spec.choices[0] ?? '' };
    const outcome = applyAnswer({ hostCountry: 'NL' }, AS_OF, second.key, form(value), second.spec.allowsUnknown ? 'unknown' : 'continue');
    if (outcome.kind !== 'stored' || outcome.to === 'review' || outcome.to === 'results') throw new Error('not stored');
    const third = questionState(outcome.answers, AS_OF, outcome.to, null);
    if (third.kind !== 'question') throw new Error('not a question');
    expect(third.progress).toEqual({ n: 3, more: expect.any(Number) });
    expect(third.progress.more!).toBeLessThan(second.progress.more!);
  });

  it('shows a stored "I don\'t know" as chosen when the person comes back, and not once they typed something new', () => {
    const answers = { hostCountry: 'NL', nationality: 'ukrainian', birthDate: '1990-01-01', sex: 'unknown' } as const;
    expect(questionState(answers, AS_OF, 'sex', null)).toMatchObject({ kind: 'question', unknownChosen: true, values: {} });
    expect(questionState({ ...answers, sex: 'female' }, AS_OF, 'sex', null)).toMatchObject({ kind: 'question', unknownChosen: false });
    const draft = { question: 'sex' as const, values: {}, error: { code: 'choice-or-unknown' as const, fields: ['sex-0'] } };
    expect(questionState(answers, AS_OF, 'sex', draft)).toMatchObject({ kind: 'question', unknownChosen: false });
  });
});

describe('one answer, as the server and the browser apply it', () => {
  it('Olena chooses the Netherlands: stored, and on to the next question', () => {
    const outcome = applyAnswer({}, AS_OF, 'hostCountry', form({ hostCountry: 'NL' }), 'continue');
    expect(outcome).toMatchObject({ kind: 'stored', answers: { hostCountry: 'NL' } });
    if (outcome.kind !== 'stored') return;
    expect(outcome.to).not.toBe('hostCountry');
    expect(questionState(outcome.answers, AS_OF, outcome.to as never, null)).toMatchObject({ kind: 'question', key: outcome.to });
  });

  it('31 February is refused with what was typed kept, nothing stored', () => {
    const outcome = applyAnswer({ hostCountry: 'NL' }, AS_OF, 'birthDate', form({ 'birthDate-day': '31', 'birthDate-month': '2', 'birthDate-year': '1990' }), 'continue');
    expect(outcome).toEqual({
      kind: 'refused',
      draft: { question: 'birthDate', values: { 'birthDate-day': '31', 'birthDate-month': '2', 'birthDate-year': '1990' }, error: expect.objectContaining({ code: 'date-impossible' }) },
    });
    if (outcome.kind !== 'refused') return;
    const state = questionState({ hostCountry: 'NL' }, AS_OF, 'birthDate', outcome.draft);
    expect(state).toMatchObject({ kind: 'question', values: outcome.draft.values, error: outcome.draft.error });
  });

  it('an answer to a question not being asked (an old tab) stores nothing and says where the person is', () => {
    expect(applyAnswer({}, AS_OF, 'employment', form({ employment: 'employed' }), 'continue')).toEqual({ kind: 'elsewhere', to: 'hostCountry' });
  });

  it('changing the host country prunes answers that no longer matter', () => {
    const before = { hostCountry: 'NL', sex: 'male', birthDate: '1990-01-01' } as const;
    const outcome = applyAnswer(before, AS_OF, 'hostCountry', form({ hostCountry: 'PL' }), 'continue');
    expect(outcome.kind).toBe('stored');
    if (outcome.kind === 'stored') expect(outcome.answers.hostCountry).toBe('PL');
  });
});

describe('pages from the answers alone', () => {
  it('the review and the results send a person without answers to the first question', () => {
    expect(reviewState({}, AS_OF)).toEqual({ kind: 'redirect', to: 'hostCountry' });
    expect(resultsState(getT('en'), 'en', {}, AS_OF)).toEqual({ kind: 'redirect', to: 'hostCountry' });
  });

  it('a translator built from one language module reads the same texts as the server one', () => {
    const t = createTranslator('uk', uk);
    for (const key of ['appName', 'interview:continue', 'questions:hostCountry.title', 'results:title', 'rules-nl:options.transition-permit.title']) {
      expect(t(key)).not.toBe(key);
      expect(t(key)).toBe(getT('uk')(key));
    }
  });
});

describe('the summary, as the server and the browser draw it', () => {
  // P01 in the Netherlands, as the interview leaves the answers.
  const answers = completeAnswers({}, p01.answers, AS_OF);

  it('Ukrainian with Dutch: one evaluation in two languages, with the footer in both', () => {
    const state = summaryState(getT, 'uk', answers, AS_OF, 'nl');
    if (state.kind !== 'summary') throw new Error(`expected the summary, got ${JSON.stringify(state)}`);
    expect(state.halves.map((h) => h.lang)).toEqual(['uk', 'nl']);
    expect(state.halves[1]!.advice.options.map((o) => [o.id, o.status])).toEqual(state.halves[0].advice.options.map((o) => [o.id, o.status]));
    expect(state.footer).toBe(`${getT('uk')('summary:title')} / ${getT('nl')('summary:title')} · ${AS_OF}`);
    expect(state.secondMissing).toBeNull();
    expect(state.columns).toHaveLength(2);
  });

  it("the browser's translators (one language module each) give the same summary as the server's", () => {
    const server = summaryState(getT, 'uk', answers, AS_OF, null);
    const browser = summaryState((l: Language) => (l === 'uk' ? createTranslator('uk', uk) : null), 'uk', answers, AS_OF, null);
    if (server.kind !== 'summary' || browser.kind !== 'summary') throw new Error('expected the summary');
    expect(browser.halves[0].advice).toEqual(server.halves[0].advice);
    expect(browser.footer).toBe(server.footer);
    expect(browser.columns).toEqual(server.columns);
  });

  it("offline without the second language's texts: the summary in one language, saying which one is missing", () => {
    const state = summaryState((l: Language) => (l === 'en' ? getT('en') : null), 'en', answers, AS_OF, 'uk');
    if (state.kind !== 'summary') throw new Error('expected the summary');
    expect(state.halves.map((h) => h.lang)).toEqual(['en']);
    expect(state.secondMissing).toBe('uk');
    expect(state.footer).toBe(`${getT('en')('summary:title')} · ${AS_OF}`);
  });

  it('before the interview is complete there is nothing to print: on to the question the person is at', () => {
    expect(summaryState(getT, 'en', {}, AS_OF, 'nl')).toEqual({ kind: 'redirect', to: 'hostCountry' });
    const { hostCountry } = answers;
    const next = summaryState(getT, 'en', { hostCountry }, AS_OF, null);
    expect(next.kind).toBe('redirect');
    expect(next).not.toEqual({ kind: 'redirect', to: 'hostCountry' });
  });
});

describe('addresses', () => {
  it('names each step and reads it back', () => {
    expect(stepPath('en', 'birthDate')).toBe('/en/q/birthDate');
    expect(stepPath('uk', 'review')).toBe('/uk/review');
    expect(stepFromPath('/nl/q/birthDate')).toEqual({ lang: 'nl', at: 'birthDate' });
    expect(stepFromPath('/en/results/')).toEqual({ lang: 'en', at: 'results' });
    expect(stepFromPath('/en/summary')).toBeNull();
    expect(stepFromPath('/en')).toBeNull();
  });

  it('a page is drawn for its address, hub mode and answers, and the key reads back', () => {
    const hub = { volunteer: 'nl', client: 'uk' } as const;
    expect(renderKey('/en/review', { hostCountry: 'NL' }, null)).not.toBe(renderKey('/en/review', { hostCountry: 'PL' }, null));
    expect(renderKey('/en/review', {}, null)).not.toBe(renderKey('/en/results', {}, null));
    expect(renderKey('/en/review', {}, null)).not.toBe(renderKey('/en/review', {}, hub));
    expect(parseRenderKey(renderKey('/nl/q/birthDate', { hostCountry: 'NL' }, hub))).toEqual({ path: '/nl/q/birthDate', hub: 'nl.uk', answers: '{"hostCountry":"NL"}' });
  });
});

describe('the hand-over bytes in plain JavaScript', () => {
  it('CRC-32 equals zlib’s, and base64url reads back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
        expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe('"what changed" since a hand-over link (server page and engine offline)', () => {
  const since = '2026-10-28';
  const answers = completeAnswers({}, p01.answers as never, AS_OF);

  it('lists every option of today with its status on the link\'s date and today, in each language', () => {
    for (const lang of ['uk', 'nl', 'en'] as const) {
      const state = changesState(getT(lang), lang, answers, AS_OF, since);
      const expected = thenAndNow(buildAdvice(answers, since, lang), buildAdvice(answers, AS_OF, lang));
      expect(state.rows).toEqual(expected);
      expect(state.changed).toBe(expected.filter((r) => r.changed).length);
      expect(state).toMatchObject({ kind: 'changes', host: 'NL', rulesThen: true, rulesNow: true, nextQuestion: null });
      expect(state.ruleSets.map((r) => r.id)).toEqual(['NL', 'UA', 'HUB']);
    }
  });

  it('with no answers kept: nothing to compare', () => {
    expect(changesState(getT('en'), 'en', {}, AS_OF, since)).toMatchObject({ host: null, rows: [], rulesNow: false, nextQuestion: null });
  });

  it('names the next question when today\'s rules ask for more than the link holds', () => {
    const { housingInUkraine: _asked, ...fewer } = answers;
    const state = changesState(getT('en'), 'en', fewer, AS_OF, since);
    expect(state.nextQuestion).toBe('housingInUkraine');
  });
});
