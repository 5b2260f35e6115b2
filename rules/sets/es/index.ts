import v20260414 from './2026-04-14';
import v20261206 from './2026-12-06';

/** Every version of the Spanish rule set, oldest first. */
export default [v20260414, v20261206];
