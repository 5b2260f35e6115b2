import { z } from 'zod';
import { IsoDateSchema } from './facts';
import { SourceSchema } from './source';
import { ParameterSchema } from './parameter';
import { ConditionSchema, DeadlineRefSchema } from './condition';
import { HOST_RULE_SET_IDS, SHARED_RULE_SET_IDS, type HostRuleSetId } from './countries';

/** Every rule set: one per host country with rules (the registry), then Ukraine's and the hubs'. */
export const RULE_SET_IDS = [...HOST_RULE_SET_IDS, ...SHARED_RULE_SET_IDS] as const;
export type RuleSetId = HostRuleSetId | (typeof SHARED_RULE_SET_IDS)[number];

/** `<RULESET>.<slug>`, e.g. `NL.transition-permit` (contract §3). */
const OPTION_ID = new RegExp(`^(${RULE_SET_IDS.join('|')})\\.[a-z0-9][a-z0-9-]*$`);

const OPTION_KINDS = ['stay', 'protection', 'return', 'hub', 'info'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase kebab-case');

/** A text shown as a warning when its condition holds or cannot yet be ruled out. */
const NoteSchema = z
  .object({
    id: slug,
    when: ConditionSchema.optional(),
    source: z.string(),
    /**
     * An action the person must take (withdraw an application, apply before a
     * date), not mere information: the facts that decide whether it shows are
     * asked while the option can still apply (neededFacts).
     */
    action: z.boolean().default(false),
  })
  .strict();

export const OptionSchema = z
  .object({
    /** Contract section 3: `<RULESET>.<slug>`, e.g. `NL.transition-permit`. */
    id: z.string().regex(OPTION_ID),
    kind: z.enum(OPTION_KINDS),
    /** `info` options have no eligibility test: their status is always `info`. */
    test: z.enum(['eligibility', 'info']),
    when: ConditionSchema.optional(),
    deadline: DeadlineRefSchema.optional(),
    sources: z.array(z.string()).min(1),
    verification: z.enum(['verified', 'unverified']),
    notes: z.array(NoteSchema).default([]),
    /** For hubs: where it is and whether it is open. */
    place: z
      .object({ city: z.string().optional(), country: z.string().length(2), state: z.enum(['open', 'limited', 'planned']) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((o) => o.test === 'info' || o.when !== undefined, { message: 'an eligibility option needs `when`' });
export type Option = z.infer<typeof OptionSchema>;

export const RuleSetSchema = z
  .object({
    id: z.enum(RULE_SET_IDS as unknown as [RuleSetId, ...RuleSetId[]]),
    /** The version is the date it takes effect in this app, YYYY-MM-DD. */
    version: IsoDateSchema,
    validFrom: IsoDateSchema,
    /** Last day in force, when the version has a hard end (else it runs until superseded). */
    validTo: IsoDateSchema.optional(),
    status: z.enum(['adopted', 'proposed', 'expired']),
    /** For proposed versions: the proposal id (text in the locale under `proposals.<id>`, what to check under `checks.<id>`). */
    proposal: slug.optional(),
    /** For proposed versions: the day the change was meant to take effect. Once it has passed unconfirmed, it is overdue (ADR 14). */
    plannedInForce: IsoDateSchema.optional(),
    /** For proposed versions: the day by which a reviewer must look again whether it was adopted, changed or dropped. */
    checkBy: IsoDateSchema.optional(),
    lastVerified: IsoDateSchema,
    sources: z.array(SourceSchema).min(1),
    parameters: z.record(z.string(), ParameterSchema).default({}),
    definitions: z.record(z.string(), ConditionSchema).default({}),
    options: z.array(OptionSchema).min(1),
  })
  .strict()
  .refine((s) => s.status !== 'proposed' || s.proposal !== undefined, { message: 'a proposed version needs its proposal id' });
export type RuleSet = z.infer<typeof RuleSetSchema>;
export type RuleSetInput = z.input<typeof RuleSetSchema>;

/** The i18next namespace holding a rule set's texts. */
export function namespaceOf(id: RuleSetId): string {
  return `rules-${id.toLowerCase()}`;
}

/** Typed identity: gives editor completion in the data modules; validation happens in the registry. */
export function defineRuleSet(ruleSet: RuleSetInput): RuleSetInput {
  return ruleSet;
}
