/** What an option is compared by: its id and its status. */
interface Standing {
  id: string;
  status: string;
}

export interface OptionDiff<B extends Standing, A extends Standing> {
  id: string;
  /** The option in the earlier evaluation; null when it was not listed then. */
  before: B | null;
  /** The option in the later evaluation; null when it is no longer listed. */
  after: A | null;
  /** The status differs, or the option appears or disappears. */
  changed: boolean;
}

/**
 * Two evaluations compared option by option: the later options in their
 * order, then the earlier ones no longer listed. The one place where two
 * evaluations are diffed (what changed since a hand-over link, the timeline).
 */
export function diffOptions<B extends Standing, A extends Standing>(before: readonly B[], after: readonly A[]): OptionDiff<B, A>[] {
  const old = new Map(before.map((o) => [o.id, o]));
  const current = new Set(after.map((o) => o.id));
  const rows: OptionDiff<B, A>[] = after.map((o) => {
    const prev = old.get(o.id) ?? null;
    return { id: o.id, before: prev, after: o, changed: prev?.status !== o.status };
  });
  for (const o of before) {
    if (!current.has(o.id)) rows.push({ id: o.id, before: o, after: null, changed: true });
  }
  return rows;
}
