import v20260305 from './2026-03-05';
import v20261206 from './2026-12-06';

/** Every version of the Polish rule set, oldest first. */
export default [v20260305, v20261206];
