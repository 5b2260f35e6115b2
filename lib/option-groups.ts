/**
 * The results grouped by kind of option, in the order the pages show them.
 */
import type { PresentedOption } from './present';

const KIND_ORDER = ['stay', 'protection', 'return', 'hub', 'info'] as const;
export type OptionKindGroup = (typeof KIND_ORDER)[number];

export function groupOptions(options: readonly PresentedOption[]): { kind: OptionKindGroup; options: PresentedOption[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, options: options.filter((o) => o.kind === kind) })).filter((g) => g.options.length > 0);
}
