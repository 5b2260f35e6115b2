import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, fromBase64Url, toBase64Url } from '../../lib/handover-format';
import { getT } from '../../lib/i18n';
import { applyAnswer, questionState, resultsState, reviewState, stepFromPath, stepPath } from '../../lib/page-state';
import { parseRenderKey, renderKey } from '../../lib/render-key';
import { createTranslator } from '../../lib/translator';
import uk from '../../locales/uk/index';

/**
 * The pure page logic the server pages and the engine in the browser share:
 * an answer moves the person the same way whichever of the two handles it.
 */
const AS_OF = '2026-11-28';
const form = (fields: Record<string, string>) => (name: string) => fields[name] ?? null;

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
