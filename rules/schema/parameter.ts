import { z } from 'zod';
import { IsoDateSchema } from './facts';
import { COUNTRY_REGISTRY } from './countries';

/** Money is in a host country's own currency (the registry), or in Ukrainian hryvnia (the Ukraine side). */
export const MONEY_UNITS: readonly string[] = [...new Set([...COUNTRY_REGISTRY.flatMap((c) => (c.currency ? [c.currency] : [])), 'UAH'])];

/**
 * A dated parameter (OpenFisca style): a threshold, a cut-off date or a list of
 * regions, each value with its validity period and its source. Values are only
 * ever added, never overwritten: a new law adds a new dated value.
 */
const ParameterValueSchema = z.union([
  z.number(),
  IsoDateSchema,
  z.array(z.string()).readonly(),
]);
export type ParameterValue = z.infer<typeof ParameterValueSchema>;

const DatedValueSchema = z
  .object({
    value: ParameterValueSchema,
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.optional(),
    source: z.string(),
    /** `proposed`: announced but not adopted; evaluated beside the adopted value and shown as a warning. */
    status: z.enum(['adopted', 'proposed']).default('adopted'),
    /** Proposal id (text in the rule set's locale `proposals.<id>`), for proposed values. */
    proposal: z.string().optional(),
    verification: z.enum(['verified', 'unverified']).default('verified'),
    /** For a planned or proposed value: the day it was meant to take effect (after which, unconfirmed, it is overdue: ADR 14). */
    plannedInForce: IsoDateSchema.optional(),
    /** The day by which a reviewer must look again whether the value was adopted, changed or dropped. */
    checkBy: IsoDateSchema.optional(),
  })
  .strict()
  // Every proposal in force today has a checkBy date (tests/rule-sets/policy.test.ts);
  // versions published before dates were kept have none, and history is never edited.
  .refine((v) => v.status !== 'proposed' || v.proposal !== undefined, { message: 'a proposed value needs its proposal id' });
export type DatedValue = z.infer<typeof DatedValueSchema>;

export const ParameterSchema = z
  .object({
    unit: z.enum(['date', 'days', 'years', 'months', ...MONEY_UNITS, 'regions', 'countries'] as [string, ...string[]]),
    values: z.array(DatedValueSchema).min(1),
  })
  .strict();
export type Parameter = z.infer<typeof ParameterSchema>;
