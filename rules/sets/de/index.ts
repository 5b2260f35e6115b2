import v20251027 from './2025-10-27';

/** Every version of the German rule set, oldest first. */
export default [v20251027];
