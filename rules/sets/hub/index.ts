import v20260401 from './2026-04-01';
import v20261206 from './2026-12-06';

/** Every version of the hubs rule set, oldest first. */
export default [v20260401, v20261206];
