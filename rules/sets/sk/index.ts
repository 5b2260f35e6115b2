import v20260715 from './2026-07-15';

/** Every version of the Slovak rule set, oldest first. */
export default [v20260715];
