import v20260305 from './2026-03-05';

/** Every version of the Polish rule set, oldest first. */
export default [v20260305];
