import v20240701 from './2024-07-01';
import v20240928 from './2024-09-28';
import v20260226 from './2026-02-26';
import v20261206 from './2026-12-06';

/**
 * Every version of the Norwegian rule set, oldest first. 2024-09-28 is a
 * correction written on 6 December 2026 (the safe-area exceptions, people
 * from other countries, absences); 2026-02-26 and 2026-12-06 are the men's
 * proposal, the later one restating the earlier with its dates (ADR 14).
 */
export default [v20240701, v20240928, v20260226, v20261206];
