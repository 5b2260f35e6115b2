import v20260401 from './2026-04-01';

/** Every version of the hubs rule set, oldest first. */
export default [v20260401];
