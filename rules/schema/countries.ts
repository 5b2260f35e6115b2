/**
 * The host countries: the one list every other list of countries is derived
 * from (the facts schema, the rule-set ids, the option-id pattern, the
 * hand-over code table, the currencies and, through `npm run registry`, the
 * imports of rule sets and texts). Adding a country is a row here plus its
 * rule-set folder, its three text files and its tests: docs/adding-a-country.md.
 *
 * - `code`: contract §1 (ISO 3166-1 alpha-2, or `other`).
 * - `eu`: a member state of the EU, bound by the Temporary Protection Directive.
 * - `currency`: the host's own currency (ISO 4217), in which money answers are given.
 * - `handover`: the country's number in a hand-over link. Frozen: a link made
 *   today must open the same country for ever, so numbers are never reused or
 *   changed, and a new country takes the next free number.
 * - `folder`: its rule-set folder under rules/sets/ (also the `rules-<folder>`
 *   text namespace), or null for `other`, which has no rules of its own.
 */
export const COUNTRY_REGISTRY = [
  { code: 'NL', eu: true, currency: 'EUR', handover: 0, folder: 'nl' },
  { code: 'DE', eu: true, currency: 'EUR', handover: 1, folder: 'de' },
  { code: 'PL', eu: true, currency: 'PLN', handover: 2, folder: 'pl' },
  { code: 'CZ', eu: true, currency: 'CZK', handover: 3, folder: 'cz' },
  { code: 'SK', eu: true, currency: 'EUR', handover: 4, folder: 'sk' },
  { code: 'HR', eu: true, currency: 'EUR', handover: 5, folder: 'hr' },
  { code: 'AT', eu: true, currency: 'EUR', handover: 6, folder: 'at' },
  { code: 'IE', eu: true, currency: 'EUR', handover: 7, folder: 'ie' },
  { code: 'ES', eu: true, currency: 'EUR', handover: 8, folder: 'es' },
  { code: 'IT', eu: true, currency: 'EUR', handover: 9, folder: 'it' },
  { code: 'BE', eu: true, currency: 'EUR', handover: 10, folder: 'be' },
  { code: 'FR', eu: true, currency: 'EUR', handover: 11, folder: 'fr' },
  { code: 'NO', eu: false, currency: 'NOK', handover: 12, folder: 'no' },
  { code: 'DK', eu: true, currency: 'DKK', handover: 13, folder: 'dk' },
  { code: 'CH', eu: false, currency: 'CHF', handover: 14, folder: 'ch' },
  { code: 'GB', eu: false, currency: 'GBP', handover: 15, folder: 'gb' },
  { code: 'US', eu: false, currency: 'USD', handover: 16, folder: 'us' },
  { code: 'RO', eu: true, currency: 'RON', handover: 17, folder: 'ro' },
  { code: 'BG', eu: true, currency: 'EUR', handover: 18, folder: 'bg' }, // the euro since 1 January 2026
  { code: 'LT', eu: true, currency: 'EUR', handover: 19, folder: 'lt' },
  { code: 'LV', eu: true, currency: 'EUR', handover: 20, folder: 'lv' },
  { code: 'EE', eu: true, currency: 'EUR', handover: 21, folder: 'ee' },
  { code: 'FI', eu: true, currency: 'EUR', handover: 22, folder: 'fi' },
  { code: 'SE', eu: true, currency: 'SEK', handover: 23, folder: 'se' },
  { code: 'PT', eu: true, currency: 'EUR', handover: 24, folder: 'pt' },
  { code: 'HU', eu: true, currency: 'HUF', handover: 25, folder: 'hu' },
  { code: 'SI', eu: true, currency: 'EUR', handover: 26, folder: 'si' },
  { code: 'LU', eu: true, currency: 'EUR', handover: 27, folder: 'lu' },
  { code: 'GR', eu: true, currency: 'EUR', handover: 28, folder: 'gr' },
  { code: 'CY', eu: true, currency: 'EUR', handover: 29, folder: 'cy' },
  { code: 'MT', eu: true, currency: 'EUR', handover: 30, folder: 'mt' },
  { code: 'MD', eu: false, currency: 'MDL', handover: 31, folder: 'md' },
  { code: 'CA', eu: false, currency: 'CAD', handover: 32, folder: 'ca' },
  { code: 'other', eu: false, currency: null, handover: 33, folder: null },
] as const satisfies readonly {
  code: string;
  eu: boolean;
  currency: string | null;
  handover: number;
  folder: string | null;
}[];

type Row = (typeof COUNTRY_REGISTRY)[number];

/** Every value of `hostCountry` (contract §1), in registry order. */
export const HOST_COUNTRIES = COUNTRY_REGISTRY.map((c) => c.code) as unknown as readonly [Row['code'], ...Row['code'][]];
export type HostCountry = Row['code'];

/** The host countries with a rule set of their own (all but `other`). */
type WithRules = Extract<Row, { folder: string }>;
export type HostRuleSetId = WithRules['code'];
export const HOST_RULE_SET_IDS = COUNTRY_REGISTRY.filter((c): c is WithRules => c.folder !== null).map((c) => c.code);

/** The rule sets beside the host's own: Ukraine's rules and the hubs, for every person. */
export const SHARED_RULE_SET_IDS = ['UA', 'HUB'] as const;

/** One registry row by code. */
function countryOf(code: HostCountry): Row {
  return COUNTRY_REGISTRY.find((c) => c.code === code)!;
}

/** The host's own currency, or null for a country without rules (no money question is ever asked there). */
export function currencyOf(code: HostCountry): string | null {
  return countryOf(code).currency;
}

/** Whether the host has a rule set of its own. */
export function hasRuleSet(code: HostCountry): code is HostRuleSetId {
  return countryOf(code).folder !== null;
}
