/**
 * Golden pins of every dated list parameter (regions, countries): a region
 * dropped from Norway's safe-areas list, or a country added to Ukraine's
 * dual-citizenship list, must be a deliberate change in two places, the rule
 * set and tests/fixtures/lists/<id>.json, never a slip in one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY, RULE_SET_IDS, type RuleSet } from '../../rules';

type Pins = Record<string, Record<string, { validFrom: string; status: string; value: string[] }[]>>;

function listsOf(set: RuleSet): Pins[string] {
  const out: Pins[string] = {};
  for (const [name, parameter] of Object.entries(set.parameters)) {
    if (parameter.unit !== 'regions' && parameter.unit !== 'countries') continue;
    out[name] = parameter.values.map((v) => ({ validFrom: v.validFrom, status: v.status, value: [...(v.value as readonly string[])] }));
  }
  return out;
}

describe.each(RULE_SET_IDS.map((id) => [id]))('the lists of %s', (id) => {
  const versions = REGISTRY.filter((s) => s.id === id);
  const actual: Pins = Object.fromEntries(versions.map((s) => [s.version, listsOf(s)]).filter(([, l]) => Object.keys(l as object).length > 0));
  const file = path.resolve(__dirname, `../fixtures/lists/${id.toLowerCase()}.json`);

  it('are pinned, value by value, for every version', () => {
    const pinned: Pins = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Pins) : {};
    expect(actual, `update tests/fixtures/lists/${id.toLowerCase()}.json only if the change is deliberate`).toEqual(pinned);
  });
});
