import { FactsSchema, isIsoDate, type Facts, type HostCountry } from '../rules';
import { isLanguage, type Language } from '../locales';

/** A problem with the input, named by the key (or option) it concerns. */
export class InputError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

export interface AdviseArgs {
  file: string;
  asOf: string;
  lang: Language;
}

export function parseAdviseArgs(argv: readonly string[], defaultAsOf: string): AdviseArgs {
  let file: string | undefined;
  let asOf = defaultAsOf;
  let lang: Language = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--as-of' || flag === '--lang') {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new InputError(flag, 'needs a value');
      if (flag === '--as-of') {
        if (!isIsoDate(value)) throw new InputError('--as-of', `"${value}" is not a date (YYYY-MM-DD)`);
        asOf = value;
      } else {
        if (!isLanguage(value)) throw new InputError('--lang', `"${value}" is not one of uk, nl, en`);
        lang = value;
      }
    } else if (arg.startsWith('--')) {
      throw new InputError(arg, 'unknown option (use --as-of or --lang)');
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new InputError('file', `only one answers file may be given, got "${file}" and "${arg}"`);
    }
  }
  if (file === undefined) throw new InputError('file', 'give a path to an answers JSON file, or - for standard input');
  return { file, asOf, lang };
}

/** Parses and validates answers; the first problem is reported by its key. */
export function parseAnswersJson(text: string): Facts & { hostCountry: HostCountry } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('file', `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError('file', 'the answers must be one JSON object');
  }
  const parsed = FactsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') throw new InputError(issue.keys.map(keyName).join(', '), 'unknown key');
    const key = String(issue.path[0] ?? 'answers');
    const value = (data as Record<string, unknown>)[key];
    throw new InputError(key, `${JSON.stringify(value) ?? 'missing'} is not allowed: ${describeIssue(issue.message)}`);
  }
  if (parsed.data.hostCountry === undefined) throw new InputError('hostCountry', 'is required to give advice');
  return parsed.data as Facts & { hostCountry: HostCountry };
}

/** A key as written, or quoted when it is empty or would blur the message: advise: "": unknown key */
function keyName(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}

function describeIssue(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/\s+/g, ' ');
}
