import { z } from 'zod';
import { FactsSchema, IsoDateSchema } from './facts';

/**
 * Conditions are data: a closed set of node kinds, each naming the facts it reads.
 * Any node may carry a `reason` (text in the rule set's locale under
 * `reasons.<id>.met` / `.notMet`) and the `source` it rests on; the evaluator
 * reports those nodes as the explanation of a result.
 */

const factKey = z.enum(Object.keys(FactsSchema.shape) as [keyof typeof FactsSchema.shape, ...(keyof typeof FactsSchema.shape)[]]);

const explained = {
  reason: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  source: z.string().optional(),
};

/** A date: a fixed ISO date, a dated parameter, or the evaluation date itself. */
const DateRefSchema = z.union([
  z.object({ date: IsoDateSchema }).strict(),
  z.object({ param: z.string() }).strict(),
  z.object({ asOf: z.literal(true) }).strict(),
]);
export type DateRef = z.infer<typeof DateRefSchema>;

/**
 * An option's deadline: a date as above, or a date the person gave (the end
 * of their current permission, `permitEndDate`). Unanswered, there is no deadline.
 */
export const DeadlineRefSchema = z.union([DateRefSchema, z.object({ fact: z.enum(['permitEndDate', 'protectionStartDate', 'arrivalDate']) }).strict()]);
export type DeadlineRef = z.infer<typeof DeadlineRefSchema>;

/** A number: fixed, or a dated parameter. */
const NumberRefSchema = z.union([
  z.object({ value: z.number() }).strict(),
  z.object({ param: z.string() }).strict(),
]);

const numericOp = z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'neq']);
const dateOp = z.enum(['before', 'onOrBefore', 'after', 'onOrAfter']);

const leafKinds = [
  /**
   * The fact's value is one of `values`, or of the list parameter `param`.
   * `absentMeans`: the value to read when the question was never asked (not
   * when the answer is "I don't know"), for the common case outside tools do
   * not send: a person whose nationality was not asked reads as a Ukrainian
   * citizen, one whose protection was not asked about as not lapsed. Another
   * condition or an action note must still ask the fact in the interview.
   */
  z.object({ kind: z.literal('in'), fact: factKey, values: z.array(z.string()).min(1).optional(), param: z.string().optional(), absentMeans: z.string().optional(), ...explained }).strict(),
  /** A numeric fact compared with a number. */
  z.object({ kind: z.literal('compare'), fact: factKey, op: numericOp, than: NumberRefSchema, ...explained }).strict(),
  /** A date fact compared with a date. */
  z.object({ kind: z.literal('date'), fact: factKey, op: dateOp, than: DateRefSchema, ...explained }).strict(),
  /** The evaluation date compared with a date: opening and closing windows. */
  z.object({ kind: z.literal('today'), op: dateOp, than: DateRefSchema, ...explained }).strict(),
  /** Age in whole years (from birthDate) on a date, default the evaluation date. */
  z.object({ kind: z.literal('age'), op: numericOp, years: NumberRefSchema, on: DateRefSchema.optional(), ...explained }).strict(),
  /** Whole days from a date fact to a date (default the evaluation date). */
  z.object({ kind: z.literal('daysSince'), fact: factKey, op: numericOp, days: NumberRefSchema, on: DateRefSchema.optional(), ...explained }).strict(),
  /**
   * Protection held without interruption for a period on a date: it started
   * (protectionStartDate) at least `days` or `years` before `on` and has not
   * been interrupted since (protectionInterrupted = no).
   */
  z.object({
    kind: z.literal('heldContinuously'),
    days: NumberRefSchema.optional(),
    years: NumberRefSchema.optional(),
    on: DateRefSchema,
    ...explained,
  }).strict(),
  /**
   * A money fact at least a base amount plus an amount for each household
   * member after the first (e.g. the Czech ZDP income test).
   */
  z.object({
    kind: z.literal('incomePerHousehold'),
    fact: factKey,
    sizeFact: factKey,
    base: NumberRefSchema,
    perAdditionalMember: NumberRefSchema,
    ...explained,
  }).strict(),
  /**
   * A condition only an authority can decide, case by case (an asylum
   * assessment, an income test whose threshold the sources do not give). It is
   * never true: the best an option that needs it can be is "maybe".
   */
  z.object({ kind: z.literal('caseByCase'), reason: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), source: z.string() }).strict(),
  /** A named condition from the rule set's `definitions`. */
  z.object({ kind: z.literal('ref'), name: z.string(), ...explained }).strict(),
  z.object({ kind: z.literal('always'), ...explained }).strict(),
] as const;

type LeafCondition = z.infer<(typeof leafKinds)[number]>;
export type Condition =
  | LeafCondition
  | { kind: 'all'; of: Condition[]; reason?: string | undefined; source?: string | undefined }
  | { kind: 'any'; of: Condition[]; reason?: string | undefined; source?: string | undefined }
  | { kind: 'not'; of: Condition; reason?: string | undefined; source?: string | undefined };

// Recursive schemas need one hand-written type (zod cannot infer through z.lazy);
// it is checked against the schema below so the two cannot drift apart.
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    ...leafKinds,
    z.object({ kind: z.literal('all'), of: z.array(ConditionSchema).min(1), ...explained }).strict(),
    z.object({ kind: z.literal('any'), of: z.array(ConditionSchema).min(1), ...explained }).strict(),
    z.object({ kind: z.literal('not'), of: ConditionSchema, ...explained }).strict(),
  ]),
);
