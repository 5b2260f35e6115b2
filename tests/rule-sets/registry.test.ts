/**
 * The country registry (rules/schema/countries.ts) against everything that
 * follows from it: the contract's list of host countries, the rule-set
 * folders, the text files, the generated import lists and the options each
 * country must offer (contract §3).
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTRY_REGISTRY, evaluatePerson, HOST_COUNTRIES, REGISTRY, RULE_SET_IDS } from '../../rules';
import { LANGUAGES } from '../../locales';
import { generatedFiles } from '../../scripts/registry';
import { readFileSync } from 'node:fs';

const ROOT = path.resolve(__dirname, '../..');

/** Contract §1, version 2 (../shared/contract/README.md), written out: the registry must offer exactly these. */
const CONTRACT_HOSTS = [
  'NL', 'DE', 'PL', 'CZ', 'SK', 'HR', 'AT', 'IE', 'ES', 'IT', 'BE', 'FR', 'NO', 'DK', 'CH', 'GB', 'US',
  'RO', 'BG', 'LT', 'LV', 'EE', 'FI', 'SE', 'PT', 'HU', 'SI', 'LU', 'GR', 'CY', 'MT', 'MD', 'CA', 'other',
];

describe('the country registry', () => {
  it('offers every host country of the contract, and nothing else', () => {
    expect([...HOST_COUNTRIES].sort()).toEqual([...CONTRACT_HOSTS].sort());
  });

  it('gives each country its own hand-over number, never reused', () => {
    const numbers = COUNTRY_REGISTRY.map((c) => c.handover);
    expect(new Set(numbers).size).toBe(numbers.length);
    // The contract's order is the order of the numbers: 0 for NL … 33 for other.
    for (const c of COUNTRY_REGISTRY) expect(c.handover, c.code).toBe(CONTRACT_HOSTS.indexOf(c.code));
  });

  it.each(COUNTRY_REGISTRY.filter((c) => c.folder !== null).map((c) => [c.code, c.folder!] as const))(
    '%s has its rule-set folder, its texts in uk, nl and en, and a version in the registry',
    (code, folder) => {
      expect(existsSync(path.join(ROOT, 'rules/sets', folder, 'index.ts'))).toBe(true);
      for (const lang of LANGUAGES) expect(existsSync(path.join(ROOT, `locales/${lang}/rules-${folder}.json`)), lang).toBe(true);
      expect(REGISTRY.some((s) => s.id === code)).toBe(true);
      expect(RULE_SET_IDS).toContain(code);
    },
  );

  it('has its generated import lists up to date (npm run registry)', () => {
    for (const { file, text } of generatedFiles()) expect(readFileSync(path.join(ROOT, file), 'utf8'), file).toBe(text);
  });

  it('runs as a command that reports stale lists', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/registry.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toBe('');
  });
});

describe('what each country offers (contract §3)', () => {
  // Typed loosely: the contract names countries before the registry has them.
  const someone = (host: string) =>
    evaluatePerson({ hostCountry: host as (typeof HOST_COUNTRIES)[number] }, '2026-12-06').results.map((r) => r.id);

  it.each(COUNTRY_REGISTRY.filter((c) => c.eu || (c.code as string) === 'MD').map((c) => [c.code]))(
    '%s (an EU member state or Moldova) has its temporary-protection option',
    (code) => {
      expect(someone(code)).toContain(`${code}.temporary-protection`);
    },
  );

  it('Canada has at least one option of its own', () => {
    expect(someone('CA').some((id) => id.startsWith('CA.'))).toBe(true);
  });

  it('another country has Ukraine’s options and the hubs, and no host option', () => {
    const ids = someone('other');
    expect(ids).toEqual(expect.arrayContaining(['UA.exit-rules', 'UA.dual-citizenship', 'UA.erecovery', 'HUB.prague', 'HUB.berlin']));
    expect(ids.every((id) => id.startsWith('UA.') || id.startsWith('HUB.'))).toBe(true);
  });
});
