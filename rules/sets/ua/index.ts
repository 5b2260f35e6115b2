import v20250828 from './2025-08-28';
import v20260116 from './2026-01-16';
import v20261206 from './2026-12-06';

/** Every version of the Ukraine-side rule set, oldest first. */
export default [v20250828, v20260116, v20261206];
