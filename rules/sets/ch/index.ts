import v20251008 from './2025-10-08';
import v20261206 from './2026-12-06';

/** Every version of the Swiss rule set, oldest first. */
export default [v20251008, v20261206];
