import v20260101 from './2026-01-01';
import v20261206 from './2026-12-06';

/** Every version of the Czech rule set, oldest first. */
export default [v20260101, v20261206];
