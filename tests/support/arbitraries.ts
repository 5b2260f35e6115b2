import fc from 'fast-check';
import { addDays, allowsUnknown, choiceValues, factInput, FACT_KEYS, HOST_COUNTRIES, UA_REGIONS, type FactKey, type Facts } from '../../rules';

const NUMBER_RANGES: Partial<Record<FactKey, [number, number]>> = {
  householdSize: [1, 12],
  insuredWorkMonthsLast24: [0, 24],
  childrenInHost: [0, 8],
  monthlyGrossIncome: [0, 200_000],
  householdAnnualIncome: [0, 3_000_000],
};

const isoDate = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));

/** Any valid value of one fact, as the contract allows it. */
export function factValue(key: FactKey): fc.Arbitrary<unknown> {
  switch (factInput(key)) {
    case 'country':
      return fc.constantFrom(...HOST_COUNTRIES);
    case 'region':
      return fc.constantFrom<string>(...UA_REGIONS, 'unknown');
    case 'number': {
      const [min, max] = NUMBER_RANGES[key] ?? [0, 100];
      return fc.integer({ min, max });
    }
    case 'date': {
      const dates = key === 'birthDate' ? isoDate('1940-01-01', 31_000) : isoDate('2022-02-24', 2_000);
      return allowsUnknown(key) ? fc.oneof(dates, fc.constant('unknown')) : dates;
    }
    case 'choice':
      return fc.constantFrom(...choiceValues(key));
  }
}

/** Any valid answers object: some keys answered, the rest absent (unasked). */
export const answersArb: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(FACT_KEYS.map((k) => [k, factValue(k)])) as Record<FactKey, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Facts>;

/** Valid answers with a host country (what the evaluator and the advise command need). */
export const answersWithHostArb = fc
  .tuple(answersArb, fc.constantFrom(...HOST_COUNTRIES))
  .map(([facts, host]) => ({ ...facts, hostCountry: host }) as Facts & { hostCountry: (typeof HOST_COUNTRIES)[number] });

/** Evaluation dates around the end of temporary protection. */
export const asOfArb = isoDate('2026-01-16', 900);
