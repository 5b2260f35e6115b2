import v20260101 from './2026-01-01';

/** Every version of the Czech rule set, oldest first. */
export default [v20260101];
