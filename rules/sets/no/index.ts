import v20240701 from './2024-07-01';
import v20260226 from './2026-02-26';

/** Every version of the Norwegian rule set, oldest first (2026-02-26 is a proposal). */
export default [v20240701, v20260226];
