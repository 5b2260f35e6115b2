import v20260213 from './2026-02-13';
import v20261206 from './2026-12-06';

/** Every version of the Irish rule set, oldest first. */
export default [v20260213, v20261206];
