import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAdviseArgs, parseAnswersJson, InputError } from '../../lib/advise-input';
import { runAdvise } from '../../lib/advise-cli';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** The real process: used where the wiring itself is under test (stdin, PATHWAY_AS_OF, exit codes). */
function adviseProcess(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(TSX, ['scripts/advise.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in-process (the script only wires runAdvise to the process), for the many input cases. */
function advise(args: string[]) {
  return runAdvise(args, '2026-11-28');
}

function file(content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'advise-'));
  const f = path.join(dir, 'answers.json');
  writeFileSync(f, content);
  return f;
}

const OLENA = JSON.stringify({ hostCountry: 'NL', birthDate: '1988-02-14', sex: 'female', currentStatus: 'temporary-protection', pendingAsylumApplication: 'yes' });

describe('the advise command', { timeout: 60_000 }, () => {
  it('prints one JSON object in the contract form for valid answers', () => {
    const { code, stdout, stderr } = advise([file(OLENA), '--as-of', '2026-11-28', '--lang', 'nl']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ asOf: '2026-11-28', lang: 'nl', hostCountry: 'NL' });
    expect(out.ruleSets.map((s: { id: string }) => s.id)).toEqual(['NL', 'UA', 'HUB']);
    const permit = out.options.find((o: { id: string }) => o.id === 'NL.transition-permit');
    expect(permit).toMatchObject({ kind: 'stay', status: 'maybe', deadline: '2027-03-04', verification: 'unverified' });
    expect(permit.sources[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), publisher: expect.any(String), date: expect.any(String) }));
  });

  it('reads standard input for "-" and takes the date from PATHWAY_AS_OF', () => {
    const { code, stdout } = adviseProcess(['-'], OLENA, { PATHWAY_AS_OF: '2027-01-10' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).asOf).toBe('2027-01-10');
  });

  it('uses the rule-set version in force on --as-of', () => {
    const before = JSON.parse(advise([file(OLENA), '--as-of', '2026-03-01']).stdout);
    const after = JSON.parse(advise([file(OLENA), '--as-of', '2026-11-28']).stdout);
    expect(before.ruleSets.find((s: { id: string }) => s.id === 'NL').version).toBe('2025-11-28');
    expect(after.ruleSets.find((s: { id: string }) => s.id === 'HUB').version).toBe('2026-04-01');
    expect(before.ruleSets.find((s: { id: string }) => s.id === 'HUB')).toBeUndefined();
  });

  it.each([
    ['an unknown host country', '{"hostCountry":"XX"}', /^advise: hostCountry: /],
    ['an unknown key', '{"hostCountry":"NL","name":"Olena"}', /^advise: name: unknown key/],
    ['an empty key', '{"hostCountry":"NL","":1}', /^advise: "": unknown key/],
    ['an impossible date', '{"hostCountry":"NL","birthDate":"1990-02-30"}', /^advise: birthDate: /],
    ['a value out of range', '{"hostCountry":"NL","insuredWorkMonthsLast24":25}', /^advise: insuredWorkMonthsLast24: /],
    ['a number given as text', '{"hostCountry":"NL","householdSize":"3"}', /^advise: householdSize: /],
    ['invalid JSON', '{"hostCountry":', /^advise: file: not valid JSON/],
    ['no host country', '{"sex":"female"}', /^advise: hostCountry: is required/],
    ['a JSON array', '[1,2]', /^advise: file: the answers must be one JSON object/],
  ])('answers %s with one line naming the key, exit 2 and nothing on stdout', (_what, input, message) => {
    const { code, stdout, stderr } = advise([file(input)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('refuses an unreadable file, a bad date and a bad language the same way', () => {
    for (const args of [['/no/such/file.json'], [file(OLENA), '--as-of', '2026-13-01'], [file(OLENA), '--lang', 'de'], [file(OLENA), '--as-of', '2020-01-01']]) {
      const { code, stdout, stderr } = advise(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 2 with one line on stderr as a real process', () => {
    const { code, stdout, stderr } = adviseProcess([file('{"hostCountry":"XX"}')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs as the README says, through npm', () => {
    const out = execFileSync('npm', ['run', '--silent', 'advise', '--', file(OLENA), '--as-of', '2026-11-28'], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out).options.length).toBeGreaterThan(5);
  });
});

describe('argument and answer parsing', () => {
  it('takes --flag=value and --flag value alike', () => {
    expect(parseAdviseArgs(['a.json', '--as-of=2026-01-01', '--lang', 'uk'], '2026-11-28')).toEqual({ file: 'a.json', asOf: '2026-01-01', lang: 'uk' });
  });
  it('names the key of the first problem', () => {
    expect(() => parseAnswersJson('{"hostCountry":"NL","sex":"x"}')).toThrow(InputError);
    try {
      parseAnswersJson('{"hostCountry":"NL","sex":"x"}');
    } catch (e) {
      expect((e as InputError).key).toBe('sex');
    }
  });
});
