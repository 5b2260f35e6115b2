import v20250420 from './2025-04-20';
import v20261020 from './2026-10-20';
import v20261206 from './2026-12-06';

/** Every version of the United States rule set, oldest first (2026-12-06: Federal Register sources, late initial filing only, the automatic extension as an overdue planned value). */
export default [v20250420, v20261020, v20261206];
