import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, run, type Answers } from './support';

/**
 * Poland: the boundaries (dates, days, cut-offs) as tables. The personas are
 * JSON cases in tests/fixtures/cases/pl/ (run by cases.test.ts).
 */

/** The review of 6 December 2026: the version in force from that day. */
const REVIEW = '2026-12-06';

/** Oksana's situation (P09) as the base: UKR status since March 2022, employed. */
const oksana: Answers = {
  hostCountry: 'PL',
  birthDate: '1985-10-10',
  sex: 'female',
  originOblast: 'UA-65',
  arrivalDate: '2022-03-05',
  protectionStartDate: '2022-03-31',
  protectionInterrupted: 'no',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  monthlyGrossIncome: 5800,
  hostLanguageLevel: 'B2',
  childrenInHost: 2,
  soleCarerOfChildren: 'no',
  partner: 'in-host-country',
  partnerIsHostOrEuCitizen: 'no',
};

describe('Poland: the rule set', () => {
  it('has every option the contract requires', () => {
    const ids = run(oksana, REVIEW).filter((r) => r.ruleSet === 'PL').map((r) => r.id);
    for (const id of ['PL.temporary-protection', 'PL.cukr', 'PL.work-permit', 'PL.family-reunification']) expect(ids).toContain(id);
  });

  it('starts with the transition act on 5 March 2026, and the review version on 6 December 2026', () => {
    expect(evaluatePerson(oksana, '2026-03-04').absent).toContain('PL');
    expect(evaluatePerson(oksana, '2026-03-05').absent).not.toContain('PL');
    expect(option(oksana, 'PL.cukr', '2026-12-05').version).toBe('2026-03-05');
    expect(option(oksana, 'PL.cukr', REVIEW).version).toBe('2026-12-06');
  });
});

for (const id of ['P09', 'P10']) {
  describe(`Poland: golden persona ${id}`, () => itGetsTheGoldenStatuses(goldenCase(id)));
}

describe('Poland: CUKR card boundaries', () => {
  // Since the review the card rests on secondary sources only: every condition met reads "maybe".
  it('needs UKR status that was active on 4 June 2025: started that day yes, a day later no', () => {
    expect(option({ ...oksana, protectionStartDate: '2025-06-04' }, 'PL.cukr', REVIEW).status).toBe('maybe');
    const late = option({ ...oksana, protectionStartDate: '2025-06-05' }, 'PL.cukr', REVIEW);
    expect(late.status).toBe('not-eligible');
    expect(reason(late, 'ukr-on-cutoff')?.result).toBe('not-met');
  });

  it('needs 365 days of UKR status without a break on the day of applying', () => {
    const since = { ...oksana, protectionStartDate: '2025-12-06' };
    const day364 = option({ ...since, protectionStartDate: '2025-12-07' }, 'PL.cukr', REVIEW);
    expect(reason(day364, 'ukr-365-days')?.result).toBe('not-met');
    expect(reason(option(since, 'PL.cukr', REVIEW), 'ukr-365-days')?.result).toBe('met');
    // Before the review (the 2026-03-05 version), with the 4 June 2025 start.
    const june = { ...oksana, protectionStartDate: '2025-06-04' };
    expect(option(june, 'PL.cukr', '2026-06-03').status).toBe('not-eligible');
    expect(option(june, 'PL.cukr', '2026-06-04').status).toBe('eligible');
  });

  it('is lost when UKR status was interrupted, and open when that is not known', () => {
    expect(option({ ...oksana, protectionInterrupted: 'yes' }, 'PL.cukr', REVIEW).status).toBe('not-eligible');
    const unsure = option({ ...oksana, protectionInterrupted: 'unknown' }, 'PL.cukr', REVIEW);
    expect(unsure.status).toBe('maybe');
    expect(reason(unsure, 'ukr-365-days')?.result).toBe('unknown');
  });

  it('opened on 4 May 2026: not the day before', () => {
    const before = option(oksana, 'PL.cukr', '2026-05-03');
    expect(before.status).toBe('not-eligible');
    expect(reason(before, 'cukr-window-open')?.result).toBe('not-met');
    expect(option(oksana, 'PL.cukr', '2026-05-04').status).toBe('eligible');
  });

  it('closes after 4 March 2027', () => {
    const lastDay = option(oksana, 'PL.cukr', '2027-03-04');
    expect(lastDay.status).toBe('maybe');
    expect(lastDay.daysLeft).toBe(0);
    const closed = option(oksana, 'PL.cukr', '2027-03-05');
    expect(closed.status).toBe('not-eligible');
    expect(reason(closed, 'cukr-deadline')?.result).toBe('not-met');
  });

  it('is unverified from the review on: the Office for Foreigners\' page was not read', () => {
    expect(option(oksana, 'PL.cukr', '2026-12-05').verification).toBe('verified');
    expect(option(oksana, 'PL.cukr', REVIEW).verification).toBe('unverified');
  });
});

describe('Poland: UKR status boundaries', () => {
  it('holds until 4 March 2027; the day after, the reported 2028 extension leaves it at maybe (ADR 14)', () => {
    expect(option(oksana, 'PL.temporary-protection', '2027-03-04').status).toBe('eligible');
    expect(option(oksana, 'PL.temporary-protection', '2027-03-05').status).not.toBe('eligible');
  });

  it('tells a new arrival to apply within 30 days, and one who arrived 31 days ago to act now', () => {
    const base: Answers = { hostCountry: 'PL', currentStatus: 'no-status', nationality: 'ukrainian' };
    const arrived30 = option({ ...base, arrivalDate: '2026-11-06' }, 'PL.temporary-protection', REVIEW);
    expect(noteKeys(arrived30)).toContain('apply-within-30-days');
    expect(noteKeys(arrived30)).not.toContain('late-application');
    const arrived31 = option({ ...base, arrivalDate: '2026-11-05' }, 'PL.temporary-protection', REVIEW);
    expect(noteKeys(arrived31)).toContain('late-application');
    expect(noteKeys(arrived31)).not.toContain('apply-within-30-days');
  });

  it('says 30 days, the act in force, and no longer the 14 days of the draft, in every language', () => {
    for (const lang of LANGUAGES) {
      const text = getT(lang)('rules-pl:options.temporary-protection.notes.apply-within-30-days', { days: 30 });
      expect(text, lang).toContain('30');
      expect(text, lang).not.toMatch(/\b14\b/);
    }
  });

  it('shows the 800+ note only to parents, and no longer says "since 5 March 2026" for it', () => {
    expect(noteKeys(option(oksana, 'PL.temporary-protection', REVIEW))).toContain('child-benefit-800');
    expect(noteKeys(option({ ...oksana, childrenInHost: 0 }, 'PL.temporary-protection', REVIEW))).not.toContain('child-benefit-800');
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      for (const key of ['options.temporary-protection.notes.child-benefit-800', 'options.temporary-protection.notes.benefits-changed']) {
        const text = t(`rules-pl:${key}`);
        expect(text, `${lang} ${key}`).toMatch(/31/);
        expect(text, `${lang} ${key}`).toMatch(/\b1\b/);
      }
    }
  });
});

describe('Poland: who to call', () => {
  it('names ZUS, NFZ and the UdSC line as the official pages give them, in every language', () => {
    for (const lang of LANGUAGES) {
      const contact = getT(lang)('rules-pl:options.temporary-protection.contact');
      for (const piece of ['22 560 16 00', '7:00–18:00', '800 190 590', '47 721 76 75', 'www.gov.pl/web/udsc']) expect(contact, lang).toContain(piece);
    }
  });

  it('has a contact text for every option', () => {
    for (const lang of LANGUAGES) {
      for (const slug of ['temporary-protection', 'cukr', 'work-permit', 'family-reunification']) {
        const key = `rules-pl:options.${slug}.contact`;
        expect(getT(lang)(key), `${lang} ${key}`).not.toBe(key.slice(key.indexOf(':') + 1));
      }
    }
  });
});
