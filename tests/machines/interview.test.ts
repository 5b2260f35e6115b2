import { describe, expect, it } from 'vitest';
import { questionFor, resolveJourney, restore, send, stepOf } from '../../machines';
import type { Facts } from '../../rules';

const AS_OF = '2026-11-28';

/** Answers every question the interview asks from a persona's answers ("I don't know" where they gave none). */
function interview(persona: Facts) {
  let snapshot = restore({ asOf: AS_OF });
  const asked: string[] = [];
  while (snapshot.hasTag('question')) {
    const key = snapshot.context.current!;
    asked.push(key);
    const value = persona[key] ?? (questionFor(key).allowsUnknown ? 'unknown' : questionFor(key).choices[0]);
    snapshot = send(snapshot, { type: 'ANSWER', key, value });
    if (asked.length > 40) throw new Error('interview does not end');
  }
  return { snapshot, asked };
}

const serhii: Facts = {
  hostCountry: 'NL', birthDate: '1981-01-22', sex: 'male', originOblast: 'UA-46', homeAreaOccupied: 'no', arrivalDate: '2026-01-15',
  currentStatus: 'temporary-protection', pendingAsylumApplication: 'yes', employment: 'employed', contractType: 'agency',
  monthlyGrossIncome: 2300, hostLanguageLevel: 'none', childrenInHost: 0, partner: 'in-ukraine', militaryExemption: 'unknown',
};

describe('the interview for Serhii (NL, 45, from Lviv)', () => {
  it('starts with the host country', () => {
    expect(stepOf(restore({ asOf: AS_OF }))).toEqual({ kind: 'question', key: 'hostCountry' });
  });

  it('asks one question at a time and ends with "check your answers"', () => {
    const { snapshot, asked } = interview(serhii);
    expect(stepOf(snapshot)).toEqual({ kind: 'review' });
    expect(asked[0]).toBe('hostCountry');
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('never asks what cannot matter: a woman is not asked about military exemption', () => {
    const { asked } = interview({ ...serhii, sex: 'female' });
    expect(asked).not.toContain('militaryExemption');
  });

  it('shows results only after the review is confirmed', () => {
    const { snapshot } = interview(serhii);
    expect(stepOf(send(snapshot, { type: 'CONFIRM' }))).toEqual({ kind: 'results' });
  });

  it('goes back one question at a time, keeping the answers', () => {
    const { snapshot } = interview(serhii);
    const path = snapshot.context.journey.path;
    const back = send(snapshot, { type: 'BACK' });
    expect(stepOf(back)).toEqual({ kind: 'question', key: path.at(-1) });
    const backTwice = send(back, { type: 'BACK' });
    expect(stepOf(backTwice)).toEqual({ kind: 'question', key: path.at(-2) });
    expect(backTwice.context.answers).toEqual(snapshot.context.answers);
  });

  it('prunes an answer that a change takes off the path', () => {
    const { snapshot } = interview({ ...serhii, militaryExemption: 'none' });
    expect(snapshot.context.answers.militaryExemption).toBe('none');
    const changing = send(snapshot, { type: 'CHANGE', key: 'sex' });
    expect(stepOf(changing)).toEqual({ kind: 'question', key: 'sex' });
    const changed = send(changing, { type: 'ANSWER', key: 'sex', value: 'female' });
    expect(changed.context.answers.militaryExemption).toBeUndefined();
    expect(changed.context.journey.pruned).toContain('militaryExemption');
    expect(stepOf(changed)).toEqual({ kind: 'review' });
  });

  it('does not let a change jump to a question that is not on the path', () => {
    const start = restore({ asOf: AS_OF, answers: { hostCountry: 'NL' } });
    const jumped = send(start, { type: 'CHANGE', key: 'householdAnnualIncome' });
    expect(stepOf(jumped)).toEqual(stepOf(start));
  });
});

describe('statelessness', () => {
  it('rebuilds the same place from the answers alone', () => {
    const { snapshot } = interview(serhii);
    const again = restore({ asOf: AS_OF, answers: snapshot.context.answers, at: 'review' });
    expect(stepOf(again)).toEqual({ kind: 'review' });
    expect(again.context.journey).toEqual(snapshot.context.journey);
  });

  it('refuses to show results before every needed question is answered', () => {
    expect(stepOf(restore({ asOf: AS_OF, answers: { hostCountry: 'NL' }, at: 'results' }))).toEqual({ kind: 'question', key: 'birthDate' });
  });

  it('prunes stored answers that are not on the path before they are evaluated', () => {
    const journey = resolveJourney({ hostCountry: 'NL', sex: 'female', militaryExemption: 'none' }, AS_OF);
    expect(journey.answers.militaryExemption).toBeUndefined();
    expect(journey.pruned).toEqual(['militaryExemption']);
  });
});
