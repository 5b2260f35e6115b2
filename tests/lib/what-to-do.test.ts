import { describe, expect, it } from 'vitest';
import { buildAdvice } from '../../lib/advice';
import { actionNoteDue, firstSentence, type PresentedOption } from '../../lib/present';
import { MAX_ACTIONS, whatToDo } from '../../lib/what-to-do';
import { LANGUAGES, resources } from '../../locales';
import { REGISTRY, type Facts, type HostCountry } from '../../rules';
import { completeAnswers } from '../fixtures/complete-answers';
import { persona } from '../e2e/interview-helpers';

/**
 * "What to do now" (issue 18, item 1): derived from the rules, never written
 * per person: an option that can apply with its deadline ahead, and the
 * action notes shown to this person, each with its option's `todo` text,
 * ordered by the date to act by, at most five. And which notes a person sees
 * without opening anything.
 */
type Answers = Facts & { hostCountry: HostCountry };
const advice = (start: Facts, asOf: string, lang: 'uk' | 'nl' | 'en' = 'en') => buildAdvice(completeAnswers({}, start, asOf) as Answers, asOf, lang);
const brief = (options: readonly PresentedOption[]) => whatToDo(options).map(({ option, date, daysLeft, text }) => ({ option, date, daysLeft, text }));

describe('what to do now', () => {
  it('P01 (Netherlands, 28 November 2026): protection and the transition document, by 4 March 2027, 96 days left', () => {
    expect(brief(advice(persona('P01'), '2026-11-28').options)).toEqual([
      { option: 'NL.temporary-protection', date: '2027-03-04', daysLeft: 96, text: 'Keep your registration valid and choose your next step' },
      { option: 'NL.transition-permit', date: '2027-03-04', daysLeft: 96, text: "Keep your RTB and answer the IND's letter when it comes" },
    ]);
    const uk = whatToDo(advice(persona('P01'), '2026-11-28', 'uk').options);
    expect(uk.map((a) => a.text)).toEqual([
      'Підтримуйте свою реєстрацію чинною і виберіть наступний крок',
      'Збережіть тимчасовий захист і дайте відповідь на лист IND, коли він прийде',
    ]);
    expect(uk[1]!.title).toBe('Перехідний документ (transitiedocument): три роки після тимчасового захисту');
  });

  it('an action note with the person’s own date: the UK extension by the end of their permission, before the pension check', () => {
    const gb = advice({ hostCountry: 'GB', birthDate: '1990-03-10', sex: 'female', currentStatus: 'temporary-protection', permitEndDate: '2027-01-20', employment: 'unknown' }, '2026-12-06');
    expect(brief(gb.options)).toEqual([
      { option: 'UA.pension-identification', date: '2026-12-31', daysLeft: 25, text: 'Confirm your identity to the Pension Fund of Ukraine' },
      { option: 'GB.upe', date: '2027-01-20', daysLeft: 45, text: 'Apply for the Ukraine Permission Extension on gov.uk' },
    ]);
  });

  it('a deadline of an option the person does not qualify for asks nothing: no pension check for an employed woman of 36', () => {
    const nl = advice({ ...persona('P01'), employment: 'employed' }, '2026-12-06');
    expect(nl.options.find((o) => o.id === 'UA.pension-identification')).toMatchObject({ status: 'not-eligible', deadline: '2026-12-31', todo: null });
    expect(whatToDo(nl.options).map((a) => a.option)).not.toContain('UA.pension-identification');
  });

  it('boys: the registration window by its last day, or, once it has passed, without a date and after the dated actions', () => {
    const sixteen = advice({ hostCountry: 'other', birthDate: '2010-03-10', sex: 'male', originOblast: 'UA-46', employment: 'student' }, '2026-12-06');
    expect(brief(sixteen.options)).toEqual([
      { option: 'UA.exit-rules', date: '2027-07-31', daysLeft: 237, text: 'Register for military service, in Reserve+ or at a TCC' },
    ]);
    const seventeen = advice({ hostCountry: 'other', birthDate: '2009-03-10', sex: 'male', originOblast: 'UA-46', employment: 'student' }, '2026-12-06');
    expect(brief(seventeen.options)).toEqual([
      { option: 'UA.exit-rules', date: undefined, daysLeft: undefined, text: 'Register for military service, in Reserve+ or at a TCC' },
    ]);
  });

  it('at most five, earliest first, undated last, the page’s order within a date', () => {
    const es = advice(
      { hostCountry: 'ES', birthDate: '1990-03-10', sex: 'female', currentStatus: 'temporary-protection', childrenInHost: 2, employment: 'employed', enrolledInStudies: 'yes' },
      '2026-12-06',
    );
    expect(whatToDo(es.options).map((a) => `${a.option} ${a.date}`)).toEqual([
      'ES.temporary-protection 2027-03-04',
      'ES.work-residence 2027-03-04',
      'ES.arraigo 2027-03-04',
      'ES.minor-switch 2027-03-04',
      'ES.study-switch 2027-03-04',
    ]);
    const base = es.options[0]!;
    const fake = (id: string, date: string | undefined): PresentedOption => ({ ...base, id, title: id, todo: { text: id, date, daysLeft: 0 } });
    const ordered = whatToDo([fake('a', undefined), fake('b', '2027-02-01'), fake('c', '2027-01-01'), fake('d', '2027-02-01'), fake('e', '2028-01-01'), fake('f', '2027-05-05')]);
    expect(ordered.map((a) => a.option)).toEqual(['c', 'b', 'd', 'f', 'e']);
    expect(ordered).toHaveLength(MAX_ACTIONS);
  });

  it('the date an action note asks for: the person’s own date ahead, else the rule’s date ahead; none once past or when it is today', () => {
    const asOf = '2026-12-06';
    expect(actionNoteDue({ value: '2027-01-15', date: '2027-03-04' }, asOf)).toBe('2027-01-15');
    expect(actionNoteDue({ value: 'male', age: 16, years: 17, on: '2027-12-31', birthday: '2027-03-10', dayBefore: '2027-03-09', date: '2027-07-31' }, asOf)).toBe('2027-07-31');
    expect(actionNoteDue({ value: '2026-10-01', date: asOf }, asOf)).toBeUndefined();
    expect(actionNoteDue({ value: 'yes' }, asOf)).toBeUndefined();
  });

  it('every option that can ask for an action has its one-line `todo` in uk, nl and en', () => {
    const missing: string[] = [];
    for (const set of REGISTRY) {
      for (const option of set.options) {
        if (!option.deadline && !option.notes.some((n) => n.action)) continue;
        const slug = option.id.slice(option.id.indexOf('.') + 1);
        for (const lang of LANGUAGES) {
          const texts = (resources[lang] as unknown as Record<string, { options?: Record<string, { todo?: string }> }>)[`rules-${set.id.toLowerCase()}`];
          const todo = texts?.options?.[slug]?.todo;
          if (!todo || todo.length > 110 || /[.!?]$/.test(todo)) missing.push(`${lang} ${option.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('what a person sees without opening anything', () => {
  const kinds = (options: readonly PresentedOption[], id: string) => {
    const o = options.find((x) => x.id === id)!;
    return o.warnings.map((w, i) => `${o.warningKinds[i]}: ${firstSentence(w)}`);
  };

  it('P01 on 6 December 2026: the conclusions worked out for her, what to do, the overdue EU extension; general notes folded', () => {
    const { options } = advice(persona('P01'), '2026-12-06');
    expect(kinds(options, 'UA.exit-rules')).toEqual([
      'conclusion: Women may cross the border freely.',
      'conclusion: Your partner is in Ukraine.',
    ]);
    expect(kinds(options, 'UA.dual-citizenship')).toEqual([
      'conclusion: Your host country is not on the list as news sites report it (Resolution No. 1412 of 5 November 2025: Canada, Germany, Poland, the United States and the Czech Republic; Pathway could not read it on an official page).',
      'note: The Cabinet can add states to the list or remove them.',
    ]);
    expect(kinds(options, 'NL.transition-permit').map((k) => k.split(':')[0])).toEqual(['action', 'action', 'note', 'note', 'note', 'overdue']);
    expect(kinds(options, 'NL.temporary-protection').map((k) => k.split(':')[0])).toEqual(['note', 'note', 'note', 'note', 'overdue']);
  });

  it('a note that quotes the person’s own dates is a conclusion; one that only reads their age is not', () => {
    const man = advice({ hostCountry: 'NL', birthDate: '2002-01-20', sex: 'male', currentStatus: 'temporary-protection', militaryExemption: 'none' }, '2026-12-06');
    expect(kinds(man.options, 'UA.exit-rules')[0]).toBe(
      'conclusion: You may not leave Ukraine under martial law unless you have a ground to leave that the border rules accept: if you go back, you cannot leave again.',
    );
    expect(man.options.find((o) => o.id === 'UA.exit-rules')!.warnings[0]).toContain('You cannot be mobilised until 19 January 2027; from 20 January 2027 (your 25th birthday) you can be.');
    const gb = advice({ hostCountry: 'GB', birthDate: '1990-03-10', sex: 'female', currentStatus: 'temporary-protection', permitEndDate: '2027-06-20' }, '2026-12-06');
    const upe = gb.options.find((o) => o.id === 'GB.upe')!;
    expect(upe.warningKinds).toEqual(['conclusion', 'note', 'note', 'unverified']);
    expect(upe.warnings[0]).toMatch(/^You cannot apply yet\. .*20 June 2027/);
  });

  it('a first sentence does not end after a number or a short abbreviation', () => {
    expect(firstSentence('У лютому 2026 р. Україна заявила про переговори. Далі.')).toBe('У лютому 2026 р. Україна заявила про переговори.');
    expect(firstSentence('Resolution No. 57 says so. More.')).toBe('Resolution No. 57 says so.');
    expect(firstSentence('One sentence only')).toBe('One sentence only');
  });
});
