import { questionFor } from '../../machines';
import type { FactKey } from '../../rules';

/**
 * A few answers per question that cross the rules' cut-offs and thresholds:
 * ages either side of 18, 23, 25 and 60, dates either side of the cut-off dates,
 * incomes well below and well above every threshold.
 */
const NUMBERS: Partial<Record<FactKey, number[]>> = {
  householdSize: [1, 3],
  insuredWorkMonthsLast24: [0, 12, 24],
  childrenInHost: [0, 2],
  monthlyGrossIncome: [500, 6000],
  householdAnnualIncome: [100000, 2000000],
};

const DATES: Partial<Record<FactKey, string[]>> = {
  birthDate: ['2010-05-01', '2004-08-25', '2002-06-01', '1985-10-10', '1960-01-01'],
  arrivalDate: ['2022-03-05', '2025-10-05', '2026-09-10'],
  protectionStartDate: ['2022-03-31', '2025-07-20', '2025-10-20'],
};

export function representativeValues(key: FactKey): unknown[] {
  const q = questionFor(key);
  const base: unknown[] =
    q.input === 'number' ? (NUMBERS[key] ?? [0, 5]) : q.input === 'date' ? (DATES[key] ?? ['2022-03-01', '2026-06-01']) : [...q.choices];
  return q.allowsUnknown ? [...base, 'unknown'] : base;
}
