/**
 * The advise command (contract section 2):
 *   npm run --silent advise -- ANSWERS.json [--as-of YYYY-MM-DD] [--lang uk|nl|en]
 */
import { runAdvise } from '../lib/advise-cli';
import { today } from '../lib/today';

const { code, stdout, stderr } = runAdvise(process.argv.slice(2), today());
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
