import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../rules';

const changelog = readFileSync(path.resolve(__dirname, '../../rules/CHANGELOG.md'), 'utf8');

describe('the rule changelog', () => {
  it.each(REGISTRY.map((s) => [`${s.id} ${s.version}`, s] as const))('records %s with its status and period', (_label, set) => {
    const heading = `## ${set.id} ${set.version} (${set.status})`;
    expect(changelog, `add "${heading}" to rules/CHANGELOG.md`).toContain(heading);
    const entry = changelog.slice(changelog.indexOf(heading)).split('\n## ')[0]!;
    expect(entry).toContain('Impacted countries:');
    expect(entry).toContain(`from ${set.validFrom}`);
  });
});
