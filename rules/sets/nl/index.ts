import v20251128 from './2025-11-28';
import v20261206 from './2026-12-06';

/** Every version of the Dutch rule set, oldest first. */
export default [v20251128, v20261206];
