import v20250420 from './2025-04-20';
import v20261020 from './2026-10-20';

/** Every version of the United States rule set, oldest first. */
export default [v20250420, v20261020];
