import v20251128 from './2025-11-28';

/** Every version of the Dutch rule set, oldest first. */
export default [v20251128];
