import { z } from 'zod';
import { HOST_COUNTRIES } from './countries';

/**
 * The answers vocabulary of contract section 1 (../shared/contract/README.md).
 * Every key is optional: absent means "not asked"; "unknown" means the person
 * said "I don't know". Every other type in the project is inferred from here.
 */

export { HOST_COUNTRIES, type HostCountry } from './countries';

/** ISO 3166-2:UA codes of the 27 regions of origin. */
export const UA_REGIONS = [
  'UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26',
  'UA-30', 'UA-32', 'UA-35', 'UA-40', 'UA-43', 'UA-46', 'UA-48', 'UA-51', 'UA-53',
  'UA-56', 'UA-59', 'UA-61', 'UA-63', 'UA-65', 'UA-68', 'UA-71', 'UA-74', 'UA-77',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'not a valid date (YYYY-MM-DD)' });

const UNKNOWN = z.literal('unknown');
const yesNoUnknown = z.enum(['yes', 'no', 'unknown']);
const money = z.number().finite().nonnegative();

export const FactsSchema = z
  .object({
    hostCountry: z.enum(HOST_COUNTRIES),
    /** Added to contract §1 (2026-12-06): citizenship; people from other countries who lived in Ukraine, and stateless people, have other rules. */
    nationality: z.enum(['ukrainian', 'other', 'stateless', 'unknown']),
    /** Added to contract §1 (2026-12-06): for a person without Ukrainian citizenship, the right they had to live in Ukraine before 24 February 2022. */
    residenceInUkraine: z.enum(['protection', 'permanent', 'temporary', 'none', 'unknown']),
    birthDate: z.union([IsoDateSchema, UNKNOWN]),
    sex: z.enum(['female', 'male', 'unknown']),
    originOblast: z.union([z.enum(UA_REGIONS), UNKNOWN]),
    homeAreaOccupied: yesNoUnknown,
    arrivalDate: IsoDateSchema,
    protectionStartDate: z.union([IsoDateSchema, UNKNOWN]),
    /** Contract v2: the day the current permission to stay ends (a card, an extension, a permit). */
    permitEndDate: z.union([IsoDateSchema, UNKNOWN]),
    currentStatus: z.enum([
      'temporary-protection', 'protection-applied', 'asylum-pending', 'international-protection',
      'other-permit', 'no-status', 'unknown',
    ]),
    pendingAsylumApplication: yesNoUnknown,
    protectionInterrupted: yesNoUnknown,
    employment: z.enum(['employed', 'self-employed', 'unemployed', 'student', 'retired', 'unable-to-work', 'unknown']),
    contractType: z.enum(['permanent', 'fixed-term', 'agency', 'on-call', 'civil-law', 'none', 'unknown']),
    monthlyGrossIncome: money,
    householdAnnualIncome: money,
    householdSize: z.number().int().min(1).max(30),
    insuredWorkMonthsLast24: z.number().int().min(0).max(24),
    hostLanguageLevel: z.enum(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'unknown']),
    education: z.enum(['primary', 'secondary', 'vocational', 'higher', 'unknown']),
    enrolledInStudies: z.enum(['yes', 'no']),
    childrenInHost: z.number().int().min(0).max(30),
    soleCarerOfChildren: z.enum(['yes', 'no']),
    partner: z.enum(['none', 'in-host-country', 'in-ukraine', 'elsewhere']),
    partnerIsHostOrEuCitizen: yesNoUnknown,
    militaryExemption: z.enum(['exempt', 'deferment', 'none', 'unknown']),
    receivesHumanitarianBenefit: yesNoUnknown,
    transitionSchemeRegistered: yesNoUnknown,
    validPassport: z.enum(['yes', 'no', 'expiring']),
    housingInUkraine: z.enum(['intact', 'damaged', 'destroyed', 'occupied', 'none', 'unknown']),
    returnIntention: z.enum(['stay', 'return', 'undecided', 'move-on']),
  })
  .partial()
  .strict();

export type Facts = z.infer<typeof FactsSchema>;
export type FactKey = keyof Facts;

/** Date answers that may lie ahead (an end date); every other date is on or before the day it is given. */
export const FUTURE_DATE_KEYS: readonly FactKey[] = ['permitEndDate'];
export const FACT_KEYS = Object.keys(FactsSchema.shape) as FactKey[];

/** The kind of input each fact needs; derived from the schema so it is never written twice. */
export type FactInput = 'choice' | 'date' | 'number' | 'region' | 'country';

/** The values a choice fact may take (for radios and for generated test journeys). */
export function choiceValues(key: FactKey): readonly string[] {
  const field = FactsSchema.shape[key].unwrap();
  return enumValues(field);
}

function enumValues(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodLiteral) return [...schema.values].map(String);
  if (schema instanceof z.ZodUnion) return (schema.options as readonly z.ZodType[]).flatMap(enumValues);
  return [];
}

export function factInput(key: FactKey): FactInput {
  if (key === 'hostCountry') return 'country';
  if (key === 'originOblast') return 'region';
  const field = FactsSchema.shape[key].unwrap();
  if (field instanceof z.ZodNumber) return 'number';
  const isDate = field === IsoDateSchema || (field instanceof z.ZodUnion && (field.options as readonly z.ZodType[]).includes(IsoDateSchema));
  return isDate ? 'date' : 'choice';
}

/** Whether the question for this fact offers "I don't know". */
export function allowsUnknown(key: FactKey): boolean {
  return choiceValues(key).includes('unknown');
}
