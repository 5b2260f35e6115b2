import v20260213 from './2026-02-13';

/** Every version of the Irish rule set, oldest first. */
export default [v20260213];
