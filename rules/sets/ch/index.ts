import v20251008 from './2025-10-08';

/** Every version of the Swiss rule set, oldest first. */
export default [v20251008];
