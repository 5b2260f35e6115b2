import v20260116 from './2026-01-16';

/** Every version of the Ukraine-side rule set, oldest first. */
export default [v20260116];
