/**
 * The results page hands its body to the server's HTML pass through a table
 * of drawers (components/plain-html/registry.ts, ADR 12): what travels in the page's
 * component payload is the few facts the view is drawn from, and the drawer
 * gives the same results the advise command gives.
 */
import { describe, expect, it, vi } from 'vitest';
import { questionDrawsAsHtml, questionFailedHtml, questionHtml } from '../../components/plain-html/question';
import { resultsFailedHtml, resultsHtml } from '../../components/plain-html/results';
import { getT } from '../../lib/i18n';
import { buildAdvice } from '../../lib/advice';
import { completedInterview } from '../../lib/page-state';
import { drawPlainHtml, registerPlainHtml } from '../../components/plain-html/registry';
import { completeAnswers } from '../fixtures/complete-answers';
import p01 from '../fixtures/cases/P01.json';
import { questionFor } from '../../machines';
import { FACT_KEYS, type Facts } from '../../rules';

const AS_OF = '2026-11-28';

describe('views drawn by name', () => {
  const failed = (input: { n: number }) => `<p role="alert">${input.n} failed</p>`;

  it('draws a registered view from its input; the last registration wins', () => {
    registerPlainHtml('test-view', (input: { n: number }) => `<p>${input.n}</p>`, failed);
    expect(drawPlainHtml('test-view', { n: 1 })).toBe('<p>1</p>');
    registerPlainHtml('test-view', (input: { n: number }) => `<p>${input.n * 2}</p>`, failed);
    expect(drawPlainHtml('test-view', { n: 2 })).toBe('<p>4</p>');
  });

  it('says which view is missing rather than draw an empty page', () => {
    expect(() => drawPlainHtml('never-registered', {})).toThrow(/"never-registered"/);
  });

  it('a drawer that throws gives the failure notice, and the log names the view and the place, never the input or the message', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      registerPlainHtml(
        'throwing-view',
        (input: { n: number; birthDate: string }) => {
          throw new RangeError(`bad birth date ${input.birthDate}`);
        },
        (input: { n: number }) => `<p role="alert">${input.n} failed</p>`,
      );
      expect(drawPlainHtml('throwing-view', { n: 3, birthDate: '1969-02-31' })).toBe('<p role="alert">3 failed</p>');
      expect(log).toHaveBeenCalledTimes(1);
      const line = String(log.mock.calls[0]?.[0]);
      expect(line).toContain('"throwing-view"');
      expect(line).toContain('RangeError');
      expect(line).toMatch(/plain-html\/views\.test\.ts/);
      expect(line).not.toContain('1969');
    } finally {
      log.mockRestore();
    }
  });
});

describe('the results body from its input', () => {
  const answers = completeAnswers({}, p01.answers as Facts, AS_OF);

  for (const lang of ['uk', 'nl', 'en'] as const) {
    it(`P01 in ${lang}: every option of the advice, with its status, the rule versions and the hand-over link on this site`, () => {
      const interview = completedInterview(answers, AS_OF);
      if (interview.kind !== 'complete') throw new Error('P01 with every question answered is a complete interview');
      const html = resultsHtml({ lang, asOf: AS_OF, hub: null, interview, origin: 'https://pathway.example' });
      const advice = buildAdvice(answers, AS_OF, lang);
      for (const option of advice.options) {
        expect(html).toMatch(new RegExp(`data-option="${option.id.replace(/\./g, '\\.')}"[^>]*data-status="${option.status}"`));
      }
      for (const set of advice.ruleSets) expect(html).toContain(`data-rule-set="${set.id}" data-version="${set.version}"`);
      expect(html).toContain(`https://pathway.example/${lang}/open#`);
    });
  }

  for (const lang of ['uk', 'nl', 'en'] as const) {
    it(`when the results cannot be drawn, the notice is in ${lang}, with a way to try again and to the start page`, () => {
      const t = getT(lang);
      const interview = completedInterview(answers, AS_OF);
      if (interview.kind !== 'complete') throw new Error('P01 with every question answered is a complete interview');
      const html = resultsFailedHtml({ lang, asOf: AS_OF, hub: null, interview, origin: null });
      expect(html).toContain('role="alert"');
      expect(html).toContain(t('common:error.title'));
      expect(html).toContain(`href="/${lang}/results"`);
      expect(html).toContain(`href="/${lang}"`);
      expect(html).not.toMatch(/common:error/);
    });
  }
});

describe('the question pages drawn as plain HTML', () => {
  const base = { kind: 'question' as const, answers: { hostCountry: 'NL' as const }, earlier: [], previous: 'hostCountry' as const, values: {}, error: null, unknownChosen: false, progress: { n: 2, more: 5 } };

  // Every question but the region's is drawn by the server's drawer; which
  // client components the view may reach is checked in tests/plain-html/no-client-components.test.ts.
  for (const key of FACT_KEYS) {
    const spec = questionFor(key);
    if (!questionDrawsAsHtml({ ...base, key, spec })) continue;
    it(`${key}: drawn in hub mode (Ukrainian with Dutch beside it), with its form and both languages`, () => {
      const html = questionHtml({ lang: 'nl', hub: { volunteer: 'nl', client: 'uk' }, state: { ...base, key, spec } });
      expect(html).toContain(`data-question="${key}"`);
      expect(html).toContain('lang="uk"');
      expect(html).toContain(getT('uk')(`questions:${key}.title`));
    });
  }

  it('only the region question is hydrated instead (its search box runs in the browser)', () => {
    const hydrated = FACT_KEYS.filter((key) => !questionDrawsAsHtml({ ...base, key, spec: questionFor(key) }));
    expect(hydrated).toEqual(FACT_KEYS.filter((key) => questionFor(key).input === 'region'));
    expect(hydrated.length).toBe(1);
  });

  it('when a question cannot be drawn, the notice offers that question again', () => {
    const spec = questionFor('birthDate');
    const html = questionFailedHtml({ lang: 'uk', hub: null, state: { ...base, key: 'birthDate', spec } });
    expect(html).toContain('href="/uk/q/birthDate"');
    expect(html).toContain(getT('uk')('common:error.title'));
  });
});
