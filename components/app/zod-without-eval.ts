/**
 * zod compiles fast parsers with `new Function`; the CSP forbids eval, and
 * even zod's probe for it is reported as a violation. Imported first by the
 * engine, so that it is set before any rule set or schema parses anything.
 */
import { config } from 'zod';

config({ jitless: true });
