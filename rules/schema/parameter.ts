import { z } from 'zod';
import { IsoDateSchema } from './facts';

/**
 * A dated parameter (OpenFisca style): a threshold, a cut-off date or a list of
 * regions, each value with its validity period and its source. Values are only
 * ever added, never overwritten: a new law adds a new dated value.
 */
export const ParameterValueSchema = z.union([
  z.number(),
  IsoDateSchema,
  z.array(z.string()).readonly(),
]);
export type ParameterValue = z.infer<typeof ParameterValueSchema>;

export const DatedValueSchema = z
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
  })
  .strict();
export type DatedValue = z.infer<typeof DatedValueSchema>;

export const ParameterSchema = z
  .object({
    unit: z.enum(['date', 'days', 'years', 'months', 'CZK', 'PLN', 'EUR', 'CHF', 'NOK', 'DKK', 'GBP', 'USD', 'UAH', 'regions', 'countries']),
    values: z.array(DatedValueSchema).min(1),
  })
  .strict();
export type Parameter = z.infer<typeof ParameterSchema>;
