import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelinePoint } from '../../components/results/timeline';
import { buildAdvice, NoRulesInForceError, type Advice } from '../../lib/advice';
import { keyDates, statusChanges } from '../../lib/interview';
import { getT } from '../../lib/i18n';
import { timelinePoints } from '../../lib/timeline';
import { resolveJourney } from '../../machines';
import { addYears, type Facts, type HostCountry } from '../../rules';
import { LANGUAGES, type Language } from '../../locales';

type Answers = Facts & { hostCountry: HostCountry };

/** The timeline as the results page computed it before: buildAdvice on every key date. */
function timelineBefore(answers: Answers, advice: Advice, lang: Language): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  let previous = advice;
  for (const { date, reasons } of keyDates(answers, advice.asOf, advice.options)) {
    try {
      const then = buildAdvice(answers, date, lang);
      points.push({ date, reasons, changes: statusChanges(previous, then) });
      previous = then;
    } catch (error) {
      if (!(error instanceof NoRulesInForceError)) throw error;
    }
  }
  return points;
}

const CASES = path.join(__dirname, '..', 'fixtures', 'cases');
const personas = readdirSync(CASES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(CASES, f), 'utf8')) as { id: string; asOf: string; answers: Answers });

describe('timelinePoints', () => {
  it('has the twelve personas', () => {
    expect(personas).toHaveLength(12);
  });

  for (const persona of personas) {
    for (const lang of LANGUAGES) {
      it(`${persona.id} (${lang}) gives the same points as buildAdvice on every key date`, () => {
        const journey = resolveJourney(persona.answers, persona.asOf);
        const variants: { answers: Answers; asOf: string }[] = [
          { answers: persona.answers, asOf: persona.asOf },
          { answers: { ...journey.answers, hostCountry: persona.answers.hostCountry }, asOf: persona.asOf },
          // Earlier and later dates: other rule-set versions, deadlines and birthdays come into view.
          { answers: persona.answers, asOf: addYears(persona.asOf, -2) },
          { answers: persona.answers, asOf: addYears(persona.asOf, 1) },
        ];
        let compared = 0;
        for (const { answers, asOf } of variants) {
          let advice: Advice;
          try {
            advice = buildAdvice(answers, asOf, lang);
          } catch (error) {
            if (error instanceof NoRulesInForceError) continue;
            throw error;
          }
          expect(timelinePoints(answers, advice, getT(lang))).toEqual(timelineBefore(answers, advice, lang));
          compared++;
        }
        expect(compared).toBeGreaterThan(0);
      });
    }
  }

  it('reports status changes on some persona (the comparison is not vacuous)', () => {
    const persona = personas[0]!;
    const advice = buildAdvice(persona.answers, persona.asOf, 'en');
    const points = timelinePoints(persona.answers, advice, getT('en'));
    expect(points.length).toBeGreaterThan(0);
    expect(points.some((p) => p.changes.length > 0)).toBe(true);
  });
});
