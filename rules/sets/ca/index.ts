import v20260116 from './2026-01-16';

/** Every version of the Canadian rule set, oldest first. */
export default [v20260116];
