import { proposedVersions, REGISTRY, RULE_SET_IDS, selectRuleSet, type RuleSet, type RuleSetId } from '../rules';

/**
 * The reviewer's to-do list of the rule book (ADR 14): every planned or
 * proposed change a person can meet today, with the day a reviewer must look
 * again. Overdue ones first: their check-again date has passed, or the day
 * they were meant to take effect has passed with no confirmation recorded.
 */
export interface ReviewCheck {
  /** The rule set, or `EU` for a proposal every member state reads (the EU end date). */
  ruleSet: RuleSetId | 'EU';
  /** The version that carries it (the proposed version, or the version in force for a proposed value). */
  version: string;
  proposal: string;
  /** The dated value it is about, when it is a proposed value rather than a proposed version. */
  parameter?: string | undefined;
  plannedInForce?: string | undefined;
  checkBy?: string | undefined;
  /** The check-again date has passed (or there is none). */
  due: boolean;
  /** The planned date has passed unconfirmed: people it would change get "maybe". */
  overdue: boolean;
}

export function reviewChecks(asOf: string, registry: readonly RuleSet[] = REGISTRY): ReviewCheck[] {
  const checks: ReviewCheck[] = [];
  const add = (c: Omit<ReviewCheck, 'due' | 'overdue'>) =>
    checks.push({
      ...c,
      due: c.checkBy === undefined || c.checkBy <= asOf,
      overdue: c.plannedInForce !== undefined && asOf > c.plannedInForce,
    });
  const seenEu = new Set<string>();
  for (const id of RULE_SET_IDS) {
    for (const p of proposedVersions(registry, id, asOf)) {
      add({ ruleSet: id, version: p.version, proposal: p.proposal!, plannedInForce: p.plannedInForce, checkBy: p.checkBy });
    }
    const current = selectRuleSet(registry, id, asOf);
    if (!current) continue;
    const seen = new Set<string>();
    for (const [name, parameter] of Object.entries(current.parameters)) {
      const latest = parameter.values.filter((v) => v.status === 'proposed').at(-1);
      // One line per proposal: the EU extension is read by several values.
      if (!latest?.proposal || seen.has(latest.proposal)) continue;
      seen.add(latest.proposal);
      const eu = latest.proposal.startsWith('eu-');
      if (eu && seenEu.has(latest.proposal)) continue;
      if (eu) seenEu.add(latest.proposal);
      add({ ruleSet: eu ? 'EU' : id, version: current.version, proposal: latest.proposal, parameter: name, plannedInForce: latest.plannedInForce, checkBy: latest.checkBy });
    }
  }
  const rank = (c: ReviewCheck) => (c.overdue || c.due ? 0 : 1);
  return checks.sort((a, b) => rank(a) - rank(b) || (a.checkBy ?? '').localeCompare(b.checkBy ?? '') || a.ruleSet.localeCompare(b.ruleSet));
}

/** How many of a version's options cite an official source (the rule book shows it per rule set). */
export function officialShare(set: RuleSet): { official: number; total: number } {
  const official = set.options.filter((o) => o.sources.some((id) => set.sources.find((s) => s.id === id)?.official)).length;
  return { official, total: set.options.length };
}
