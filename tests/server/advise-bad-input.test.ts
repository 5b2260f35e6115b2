/**
 * Bad input never breaks the advise command (issue 7): its parsers
 * (lib/advise-input.ts) get at least 10,000 random answer sets and 10,000
 * random argument lists and only ever throw InputError; 20 runs of the real
 * command exit 2 with one line on standard error and nothing on standard
 * output. The answer handler's half is in bad-input.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { InputError, parseAdviseArgs, parseAnswersJson } from '../../lib/advise-input';
import { restore, send, stepOf } from '../../machines';
import { FACT_KEYS, type Facts } from '../../rules';
import { representativeValues } from '../machines/representative-values';

const AS_OF = '2026-11-28';
const ROOT = path.resolve(__dirname, '../..');

/** Complete, valid answer sets, built by the interview machine. */
function journey(host: string, pick: number): Facts {
  let snapshot = send(restore({ asOf: AS_OF, answers: {} }), { type: 'ANSWER', key: 'hostCountry', value: host as never });
  for (let i = 0, step = stepOf(snapshot); step.kind === 'question'; i++, step = stepOf(snapshot)) {
    const values = representativeValues(step.key);
    snapshot = send(snapshot, { type: 'ANSWER', key: step.key, value: values[(pick + i) % values.length] as never });
  }
  return snapshot.context.journey.answers;
}
const VALID = ['NL', 'PL', 'DE', 'CZ', 'GB', 'US'].flatMap((host) => [journey(host, 0), journey(host, 1)]);

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('\uD800', '\uDFFF', '\uFFFE', '\u0000', 'é', 'a', '"', '\\', '\n', '{', '}'), maxLength: 20 }) },
);

// ---------------------------------------------------------------------------
// The advise command

/** Random answer sets: mostly the right keys with wrong values, some right ones, some junk keys. */
const answerValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('NL', 'XX', 'unknown', '1977-07-13', '1977-02-30', '2026-13-01', 'UA-46', 'UA-99', -1, 0, 1.5, 1e308, Number.MAX_SAFE_INTEGER, '98765', true, null),
  hostileString,
);
const answerSet = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...FACT_KEYS), answerValue, { maxKeys: 10 }) },
  { weight: 2, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FACT_KEYS), fc.string({ maxLength: 20 })), answerValue, { maxKeys: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(...VALID).map((s) => ({ ...s })) },
  // A valid answer set with one value broken.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...VALID), fc.constantFrom(...FACT_KEYS), answerValue).map(([s, k, v]) => ({ ...s, [k]: v })) },
);
const answersText = fc.oneof(
  { weight: 6, arbitrary: answerSet.map((a) => JSON.stringify(a)) },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '{', '[]', 'null', '"x"', '{"__proto__":{"hostCountry":"NL"}}', '{"hostCountry":"NL","hostCountry":"XX"}', '\uFEFF{"hostCountry":"NL"}') },
);

function onlyInputErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(typeof error.key).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('the advise command under bad input', () => {
  it('accepts the valid answer sets the generators start from', () => {
    for (const answers of VALID) expect(parseAnswersJson(JSON.stringify(answers))).toEqual(answers);
  });

  it('parseAnswersJson: 10,000 random answer sets only ever throw InputError', () => {
    fc.assert(fc.property(answersText, (text) => onlyInputErrors(() => parseAnswersJson(text))), { numRuns: 10_000 });
  }, 60_000);

  it('parseAdviseArgs: 10,000 random argument lists only ever throw InputError', () => {
    const arg = fc.oneof(
      fc.constantFrom('--as-of', '--lang', '--as-of=2026-11-28', '--lang=en', '--lang=xx', '--as-of=2026-02-30', '-', 'a.json', '--', '--help', '-x', ''),
      hostileString,
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (argv) => onlyInputErrors(() => parseAdviseArgs(argv, AS_OF))),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('the real command, 20 times: bad input exits 2 with one line on standard error and nothing on standard output', async () => {
    // The command bundled once the way tsx runs it (esbuild), so that 20 runs take
    // seconds; one more run goes through tsx itself, as `npm run advise` does.
    const dir = mkdtempSync(path.join(tmpdir(), 'pathway-advise-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const bundle = path.join(dir, 'advise.mjs');
    await build({ entryPoints: [path.join(ROOT, 'scripts/advise.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    const inputs = fc.sample(
      answersText.filter((t) => {
        try {
          parseAnswersJson(t);
          return false;
        } catch {
          return true;
        }
      }),
      { numRuns: 16, seed: 7 },
    );
    const runs: { args: string[]; stdin: string; tsx?: boolean }[] = [
      ...inputs.map((stdin) => ({ args: ['-'], stdin })),
      { args: ['-', '--lang', 'xx'], stdin: '{"hostCountry":"NL"}' },
      { args: ['-', '--as-of', '2026-02-30'], stdin: '{"hostCountry":"NL"}' },
      { args: ['/nonexistent/answers.json'], stdin: '' },
      { args: [], stdin: '' },
      { args: ['-'], stdin: '{"hostCountry":"NL","birthDate":"1977-02-30"}', tsx: true },
    ];
    const results = await runLimited(runs, 4, ({ args, stdin, tsx }) =>
      advise(tsx ? [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/advise.ts', ...args] : [bundle, ...args], stdin),
    );
    results.forEach((result, i) => {
      const where = `advise ${runs[i]!.args.join(' ')} < ${JSON.stringify(runs[i]!.stdin.slice(0, 120))}`;
      expect(result.code, `${where}\n${result.stderr}`).toBe(2);
      expect(result.stdout, where).toBe('');
      expect(result.stderr, where).toMatch(/^advise: [^\n]+\n$/);
    });
  }, 60_000);
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function advise(args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, PATHWAY_AS_OF: AS_OF },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the command may exit before reading everything
    child.stdin.end(stdin);
  });
}

async function runLimited<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await run(items[i]!);
      }
    }),
  );
  return results;
}
