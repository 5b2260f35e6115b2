/**
 * The advise command (contract section 2):
 *   npm run --silent advise -- ANSWERS.json [--as-of YYYY-MM-DD] [--lang uk|nl|en]
 * Prints one JSON object on success (exit 0); on bad input one line on stderr
 * naming the key and the problem, nothing on stdout, exit 2. Never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseAdviseArgs, parseAnswersJson, InputError } from '../lib/advise-input';
import { buildAdvice, NoRulesInForceError } from '../lib/advice';
import { today } from '../lib/today';

function fail(message: string): never {
  process.stderr.write(`advise: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

function main(): void {
  try {
    const args = parseAdviseArgs(process.argv.slice(2), today());
    let text: string;
    try {
      text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
    } catch {
      throw new InputError('file', `cannot read "${args.file}"`);
    }
    const answers = parseAnswersJson(text);
    const advice = buildAdvice(answers, args.asOf, args.lang);
    process.stdout.write(`${JSON.stringify(advice, null, 2)}\n`);
  } catch (error) {
    if (error instanceof InputError) fail(`${error.key}: ${error.message}`);
    if (error instanceof NoRulesInForceError) fail(`--as-of: ${error.message}`);
    fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main();
