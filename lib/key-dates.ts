/**
 * The key dates of the results timeline: the end of temporary protection,
 * deadlines, the birthdays the men's rules turn on, new rule-set versions. The
 * date is always an argument.
 */
import { addDays, addYears, isIsoDate, REGISTRY, ruleSetIdsFor, type Facts } from '../rules';
import type { PresentedOption } from './present';

/** The last day of EU temporary protection (Council Implementing Decision (EU) 2025/1460). */
export const TP_END = '2027-03-04';

/** Ages at which Ukrainian rules change for men: exit at 23 (reserve list), mobilisation at 25, exit again at 61. */
const MEN_RULE_AGES = [23, 25, 61] as const;

export type KeyDateReason =
  | { kind: 'tp-end' }
  | { kind: 'tp-after' }
  | { kind: 'deadline'; option: string }
  | { kind: 'birthday'; age: number }
  | { kind: 'rules'; ruleSet: string };

export interface KeyDate {
  date: string;
  reasons: KeyDateReason[];
}

/** How far ahead the timeline looks. */
const HORIZON_YEARS = 3;

/**
 * The last day of temporary protection in the person's host country, from
 * the host's own rules: the deadline of its `<CC>.temporary-protection`
 * option (4 March 2027 in the EU, 1 March 2027 in Moldova). None where the
 * host has no temporary protection (Norway's collective protection, Canada,
 * the United Kingdom, the United States) or no rules (`other`).
 */
function protectionEnd(host: string | undefined, options: readonly Pick<PresentedOption, 'id' | 'deadline'>[]): string | undefined {
  return host ? options.find((o) => o.id === `${host}.temporary-protection`)?.deadline : undefined;
}

/**
 * The dates ahead on which this person's options may change: the end of
 * the host country's temporary protection and the day after, the day after
 * each deadline still ahead of an option that can apply (a deadline of an
 * option the person does not qualify for is no key date), the birthdays at
 * which rules for men change, and new rule-set versions taking effect.
 * Sorted, within three years, today excluded.
 */
export function keyDates(answers: Facts, asOf: string, options: readonly Pick<PresentedOption, 'id' | 'deadline' | 'status'>[]): KeyDate[] {
  const horizon = addYears(asOf, HORIZON_YEARS);
  const byDate = new Map<string, KeyDateReason[]>();
  const add = (date: string, reason: KeyDateReason) => {
    if (!(date > asOf && date <= horizon)) return;
    const list = byDate.get(date) ?? [];
    if (!list.some((r) => JSON.stringify(r) === JSON.stringify(reason))) list.push(reason);
    byDate.set(date, list);
  };
  const end = protectionEnd(answers.hostCountry, options);
  if (end) {
    add(end, { kind: 'tp-end' });
    add(addDays(end, 1), { kind: 'tp-after' });
  }
  for (const option of options) {
    if (option.deadline && option.deadline !== end && option.status !== 'not-eligible') add(addDays(option.deadline, 1), { kind: 'deadline', option: option.id });
  }
  if (answers.sex === 'male' && typeof answers.birthDate === 'string' && isIsoDate(answers.birthDate)) {
    for (const age of MEN_RULE_AGES) add(addYears(answers.birthDate, age), { kind: 'birthday', age });
  }
  if (answers.hostCountry) {
    const ids = ruleSetIdsFor(answers.hostCountry) as string[];
    for (const set of REGISTRY) {
      if (!ids.includes(set.id) || set.status !== 'adopted') continue;
      add(set.validFrom, { kind: 'rules', ruleSet: set.id });
      if (set.validTo) add(addDays(set.validTo, 1), { kind: 'rules', ruleSet: set.id });
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, reasons]) => ({ date, reasons }));
}
