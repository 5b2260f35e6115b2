/**
 * Pages reach the plain-HTML bypass through one function, `plainHtml`
 * (components/plain-html/index.tsx, ADR 23): importing it registers every
 * drawer, and it gives the element that draws the body in the HTML pass, or,
 * for the region question, the view itself as a server component.
 */
import { describe, expect, it } from 'vitest';
import { plainHtml } from '../../components/plain-html';
import { PlainHtml } from '../../components/plain-html/client';
import { drawPlainHtml } from '../../components/plain-html/registry';
import { QuestionView } from '../../components/views/question-view';
import { completedInterview } from '../../lib/page-state';
import { questionFor } from '../../machines';
import { completeAnswers } from '../fixtures/complete-answers';
import p01 from '../fixtures/cases/P01.json';
import type { Facts } from '../../rules';

const AS_OF = '2026-11-28';
const base = { kind: 'question' as const, answers: { hostCountry: 'NL' as const }, earlier: [], previous: 'hostCountry' as const, values: {}, error: null, unknownChosen: false, progress: { n: 2, more: 5 } };

describe('the one entry point of the plain-HTML bypass', () => {
  it('registers the results and question drawers when a page imports it', () => {
    const interview = completedInterview(completeAnswers({}, p01.answers as Facts, AS_OF), AS_OF);
    if (interview.kind !== 'complete') throw new Error('P01 with every question answered is a complete interview');
    expect(drawPlainHtml('results', { lang: 'en', asOf: AS_OF, hub: null, interview, origin: null })).toContain('data-rules-versions');
    const spec = questionFor('birthDate');
    expect(drawPlainHtml('question', { lang: 'en', hub: null, state: { ...base, key: 'birthDate', spec } })).toContain('data-question="birthDate"');
  });

  it('gives the results and a question as the plain-HTML element, with their input only', () => {
    const interview = completedInterview(completeAnswers({}, p01.answers as Facts, AS_OF), AS_OF);
    if (interview.kind !== 'complete') throw new Error('P01 with every question answered is a complete interview');
    const results = plainHtml({ view: 'results', input: { lang: 'uk', asOf: AS_OF, hub: null, interview, origin: null } });
    expect(results.type).toBe(PlainHtml);
    expect(results.props).toEqual({ view: 'results', input: { lang: 'uk', asOf: AS_OF, hub: null, interview, origin: null } });
    const question = plainHtml({ view: 'question', input: { lang: 'uk', hub: null, state: { ...base, key: 'birthDate', spec: questionFor('birthDate') } } });
    expect(question.type).toBe(PlainHtml);
  });

  it('gives the region question as its view, hydrated (its search box runs in the browser)', () => {
    const region = plainHtml({ view: 'question', input: { lang: 'nl', hub: null, state: { ...base, key: 'originOblast', spec: questionFor('originOblast') } } });
    expect(region.type).toBe(QuestionView);
  });
});
