import v20260715 from './2026-07-15';
import v20261206 from './2026-12-06';

/** Every version of the Slovak rule set, oldest first. */
export default [v20260715, v20261206];
