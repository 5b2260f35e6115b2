import { describe, expect, it } from 'vitest';
import { buildAdvice } from '../../lib/advice';
import { diffOptions } from '../../lib/advice-diff';

const answers = { hostCountry: 'CZ', sex: 'male', birthDate: '2003-05-01', originOblast: 'UA-30' } as const;

describe('diffOptions', () => {
  it('pairs the options of two evaluations: the later ones in order, then the ones gone', () => {
    const before = [
      { id: 'A', status: 'eligible' },
      { id: 'B', status: 'maybe' },
      { id: 'C', status: 'eligible' },
    ];
    const after = [
      { id: 'D', status: 'not-eligible' },
      { id: 'A', status: 'eligible' },
      { id: 'B', status: 'not-eligible' },
    ];
    expect(diffOptions(before, after)).toEqual([
      { id: 'D', before: null, after: after[0], changed: true },
      { id: 'A', before: before[0], after: after[1], changed: false },
      { id: 'B', before: before[1], after: after[2], changed: true },
      { id: 'C', before: before[2], after: null, changed: true },
    ]);
  });

  it('nothing changes between an evaluation and itself; everything appears from nothing', () => {
    const now = buildAdvice(answers, '2026-11-28', 'en');
    expect(diffOptions(now.options, now.options).filter((c) => c.changed)).toEqual([]);
    expect(diffOptions([], now.options).every((c) => c.changed && c.before === null)).toBe(true);
    expect(diffOptions(now.options, []).map((c) => c.id)).toEqual(now.options.map((o) => o.id));
  });

  it('reports the options whose status changes between two dates', () => {
    const now = buildAdvice(answers, '2026-11-28', 'en');
    const changed = now.options.map((o, i) => (i === 0 ? { ...o, status: 'not-eligible' as const } : o)).slice(0, -1);
    const changes = diffOptions(now.options, changed).filter((c) => c.changed);
    expect(changes[0]).toMatchObject({ id: now.options[0]!.id, after: { status: 'not-eligible' } });
    expect(changes.at(-1)).toMatchObject({ id: now.options.at(-1)!.id, after: null });
  });
});
