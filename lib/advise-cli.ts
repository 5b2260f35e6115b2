import { readFileSync } from 'node:fs';
import { parseAdviseArgs, parseAnswersJson, InputError } from './advise-input';
import { buildAdvice, NoRulesInForceError } from './advice';

export interface AdviseRun {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

/**
 * The advise command as a function (contract section 2): one JSON object on
 * stdout and exit 0, or one line on stderr naming the key, nothing on stdout,
 * exit 2. Never a stack trace. `scripts/advise.ts` only wires it to the process.
 */
export function runAdvise(argv: readonly string[], today: string, readInput: (file: string) => string = readSource): AdviseRun {
  try {
    const args = parseAdviseArgs(argv, today);
    let text: string;
    try {
      text = readInput(args.file);
    } catch {
      throw new InputError('file', `cannot read "${args.file}"`);
    }
    const advice = buildAdvice(parseAnswersJson(text), args.asOf, args.lang);
    return { code: 0, stdout: `${JSON.stringify(advice, null, 2)}\n`, stderr: '' };
  } catch (error) {
    const message =
      error instanceof InputError
        ? `${error.key}: ${error.message}`
        : error instanceof NoRulesInForceError
          ? `--as-of: ${error.message}`
          : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { code: 2, stdout: '', stderr: `advise: ${message.replace(/\s+/g, ' ').trim()}\n` };
  }
}

function readSource(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}
