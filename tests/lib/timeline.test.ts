import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointLines, reasonsText } from '../../components/results/timeline';
import { buildAdvice, NoRulesInForceError, type Advice } from '../../lib/advice';
import { diffOptions } from '../../lib/advice-diff';
import { keyDates } from '../../lib/key-dates';
import { getT } from '../../lib/i18n';
import { timelinePoints, type TimelinePoint } from '../../lib/timeline';
import { resolveJourney } from '../../machines';
import { addYears, type Facts, type HostCountry } from '../../rules';
import { LANGUAGES, type Language } from '../../locales';
import { completeAnswers } from '../fixtures/complete-answers';

type Answers = Facts & { hostCountry: HostCountry };

/**
 * The status changes as the results page computed them before: buildAdvice
 * on every key date, compared with the date before. The timeline reports the
 * same changes, except an option appearing only to say "you do not qualify".
 */
function changesBefore(answers: Answers, advice: Advice, lang: Language): Pick<TimelinePoint, 'date' | 'changes'>[] {
  const points: Pick<TimelinePoint, 'date' | 'changes'>[] = [];
  let previous = advice;
  for (const { date } of keyDates(answers, advice.asOf, advice.options)) {
    try {
      const then = buildAdvice(answers, date, lang);
      const changes = diffOptions(previous.options, then.options)
        .filter((c) => c.changed)
        .map(({ id, before, after }) => ({ id, title: (after ?? before)!.title, from: before?.status ?? null, to: after?.status ?? null }));
      points.push({ date, changes: changes.filter((c) => !(c.from === null && c.to === 'not-eligible')) });
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

/** The timeline of a person in words, one line a date: "2027-03-05 | reasons | change; change". */
function timelineText(start: Facts, asOf: string, lang: Language = 'en'): string[] {
  const answers = completeAnswers({}, start, asOf) as Answers;
  const advice = buildAdvice(answers, asOf, lang);
  const t = getT(lang);
  const titles = new Map(advice.options.map((o) => [o.id, o.title]));
  return timelinePoints(answers, advice, t).map((p) =>
    [p.date, reasonsText(t, p.reasons, lang, titles), pointLines(t, p, lang).map((l) => l.text).join(' ‖ ')].join(' | '),
  );
}

describe('timelinePoints', () => {
  it('has the twelve personas', () => {
    expect(personas).toHaveLength(12);
  });

  for (const persona of personas) {
    it(`${persona.id}: the same status changes as buildAdvice on every key date, in every language`, () => {
      const journey = resolveJourney(persona.answers, persona.asOf);
      const variants: { answers: Answers; asOf: string }[] = [
        { answers: { ...journey.answers, hostCountry: persona.answers.hostCountry }, asOf: persona.asOf },
        // A later date: other rule-set versions, deadlines and birthdays come into view.
        { answers: persona.answers, asOf: addYears(persona.asOf, 1) },
      ];
      let compared = 0;
      for (const lang of LANGUAGES) {
        for (const { answers, asOf } of variants) {
          let advice: Advice;
          try {
            advice = buildAdvice(answers, asOf, lang);
          } catch (error) {
            if (error instanceof NoRulesInForceError) continue;
            throw error;
          }
          const points = timelinePoints(answers, advice, getT(lang)).map(({ date, changes }) => ({
            date,
            changes: changes.map(({ closed: _closed, ...c }) => c),
          }));
          expect(points).toEqual(changesBefore(answers, advice, lang));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});

describe('the timeline does not contradict the options', () => {
  it('P09 (Poland): the CUKR card closes at its deadline instead of "you do not qualify"', () => {
    const p09 = JSON.parse(readFileSync(path.join(CASES, 'P09.json'), 'utf8')) as { answers: Facts };
    expect(timelineText(p09.answers, '2026-11-28')).toEqual([
      '2026-12-06 | New rules take effect: Poland, Ukraine and Hubs. | CUKR card: residence permit after temporary protection: from “You qualify” to “You may qualify”. ‖ Which Ukrainian passport still counts for travel: from “not listed” to “Good to know”.',
      '2027-03-04 | Last day of temporary protection in your host country. | ',
      '2027-03-05 | The day after temporary protection ends. | Temporary protection in Poland (UKR status): from “You qualify” to “You may qualify”. ‖ CUKR card: residence permit after temporary protection: its deadline, 4 March 2027, has passed. It stays open only to those who met it in time.',
    ]);
  });

  it('a man of 22 in the Netherlands: the 23rd and 25th birthdays say what changes; the transition document closes, never turns "not eligible"', () => {
    const lines = timelineText(
      { hostCountry: 'NL', birthDate: '2004-01-20', sex: 'male', originOblast: 'UA-46', currentStatus: 'temporary-protection', militaryExemption: 'none', employment: 'employed', partner: 'none' },
      '2026-11-28',
    );
    expect(lines.find((l) => l.startsWith('2027-01-20'))).toBe(
      '2027-01-20 | You turn 23. | Leaving Ukraine: the rules for men and women: You may not leave Ukraine under martial law unless you have a ground to leave that the border rules accept: if you go back, you cannot leave again. ‖ Which Ukrainian passport still counts for travel: Men aged 23 to 60 can get a new passport at a Ukrainian consulate or a «Document» passport service abroad only if their military registration is in order: the staff check the register, and at a consulate you show the electronic document from Reserve+.',
    );
    expect(lines.find((l) => l.startsWith('2029-01-20'))).toBe(
      '2029-01-20 | You turn 25. | Leaving Ukraine: the rules for men and women: You may not leave Ukraine under martial law unless you have a ground to leave that the border rules accept, and you can be mobilised: if you go back, you cannot leave again. ‖ Temporary protection in the Netherlands (RTB): from “You may qualify” to “You do not qualify”. ‖ Transition document (transitiedocument): three years after temporary protection: its deadline, 4 March 2027, has passed. It stays open only to those who met it in time.',
    );
    expect(lines.join('\n')).not.toMatch(/Transition document[^‖]*to “You do not qualify”/);
  });

  it('no raw text keys: the birthdays in uk, nl and en', () => {
    const start = { hostCountry: 'NL', birthDate: '2004-01-20', sex: 'male', currentStatus: 'temporary-protection', militaryExemption: 'none' } as const;
    const birthday = (lang: Language) => timelineText(start, '2026-11-28', lang).find((l) => l.startsWith('2027-01-20'))!.split(' | ')[1];
    expect([birthday('uk'), birthday('nl'), birthday('en')]).toEqual(['Вам виповнюється 23 роки.', 'U wordt 23.', 'You turn 23.']);
    for (const lang of LANGUAGES) expect(timelineText(start, '2026-11-28', lang).join('\n')).not.toMatch(/\b(timeline|results|common)[.:]\w/);
  });

  it('the end of temporary protection comes from the host’s own rules: 1 March 2027 in Moldova, none in Canada or without rules', () => {
    const tpEnd = (host: HostCountry) => {
      const answers = completeAnswers({}, { hostCountry: host, birthDate: '1990-01-01', sex: 'female' }, '2026-12-06') as Answers;
      const advice = buildAdvice(answers, '2026-12-06', 'en');
      return keyDates(answers, '2026-12-06', advice.options).filter((k) => k.reasons.some((r) => r.kind === 'tp-end' || r.kind === 'tp-after')).map((k) => k.date);
    };
    expect(tpEnd('MD')).toEqual(['2027-03-01', '2027-03-02']);
    expect(tpEnd('NL')).toEqual(['2027-03-04', '2027-03-05']);
    expect(tpEnd('CA')).toEqual([]);
    expect(tpEnd('other')).toEqual([]);
  });

  it('a deadline of an option the person does not qualify for is no key date (the pension check of a woman of 38 who works)', () => {
    const answers = completeAnswers({}, { hostCountry: 'NL', birthDate: '1988-02-14', sex: 'female', employment: 'employed' }, '2026-12-06') as Answers;
    const advice = buildAdvice(answers, '2026-12-06', 'en');
    expect(advice.options.find((o) => o.id === 'UA.pension-identification')).toMatchObject({ status: 'not-eligible', deadline: '2026-12-31' });
    expect(keyDates(answers, '2026-12-06', advice.options).map((k) => k.date)).not.toContain('2027-01-01');
  });
});
