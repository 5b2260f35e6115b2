import v20260414 from './2026-04-14';

/** Every version of the Spanish rule set, oldest first. */
export default [v20260414];
