import v20251027 from './2025-10-27';
import v20261206 from './2026-12-06';

/** Every version of the German rule set, oldest first. */
export default [v20251027, v20261206];
