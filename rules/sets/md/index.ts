import v20260128 from './2026-01-28';

/** Every version of the Moldovan rule set, oldest first. */
export default [v20260128];
