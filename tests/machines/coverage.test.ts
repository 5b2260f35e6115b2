import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { interviewMachine, type InterviewEvent, type InterviewSnapshot } from '../../machines';
import { evaluatePerson, HOST_COUNTRIES, ruleSetsInForce, type HostCountry } from '../../rules';
import { representativeValues } from './representative-values';

/**
 * Model-based coverage: xstate/graph walks the interview for each host country
 * with representative answers to every question. The test fails (it does not
 * warn) when a machine state, or an option of a rule set in force, is never
 * reached with a status that offers something (eligible, maybe or info), or
 * when a path dead-ends before the results.
 */
const AS_OF = '2026-11-28';

function eventsFor(snapshot: InterviewSnapshot): InterviewEvent[] {
  if (snapshot.hasTag('question') && snapshot.context.current) {
    const key = snapshot.context.current;
    return representativeValues(key).map((value) => ({ type: 'ANSWER', key, value }));
  }
  if (snapshot.matches('reviewing')) return [{ type: 'CONFIRM' }];
  return [];
}

function statusesOf(snapshot: InterviewSnapshot, host: HostCountry): string {
  return evaluatePerson({ ...snapshot.context.answers, hostCountry: host }, AS_OF)
    .results.map((r) => r.status[0])
    .join('');
}

describe.each(HOST_COUNTRIES.map((h) => [h]))('the interview in %s', (host) => {
  const paths = getShortestPaths(interviewMachine, {
    input: { asOf: AS_OF, answers: { hostCountry: host } },
    events: eventsFor,
    // Two snapshots are the same node when they ask the same question with the
    // same options still open: enough to reach every outcome without walking
    // every combination of answers.
    serializeState: (s) => {
      const open = statusesOf(s, host);
      return `${JSON.stringify(s.value)}|${s.context.current ?? '-'}|${open}`;
    },
    limit: 20_000,
  });

  it('reaches every state of the machine', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of ['"asking"', '"reviewing"', '"results"']) expect(reached.has(state), state).toBe(true);
  });

  it('never dead-ends: every path can go on, or is at the results', () => {
    for (const { state } of paths) {
      if (!state.hasTag('results')) expect(eventsFor(state).length, JSON.stringify(state.context.current)).toBeGreaterThan(0);
    }
  });

  it('reaches every option of every rule set in force with an outcome that offers something', () => {
    const { sets } = ruleSetsInForce(host, AS_OF);
    const offered = new Set<string>();
    for (const { state } of paths.filter((p) => p.state.hasTag('results'))) {
      for (const r of evaluatePerson({ ...state.context.answers, hostCountry: host }, AS_OF).results) {
        if (r.status !== 'not-eligible') offered.add(r.id);
      }
    }
    const unreachable = sets.flatMap((s) => s.options.map((o) => o.id)).filter((id) => !offered.has(id));
    expect(unreachable).toEqual([]);
  });
});
