import v20250204 from './2025-02-04';
import v20260408 from './2026-04-08';

/** Every version of the United Kingdom rule set, oldest first. */
export default [v20250204, v20260408];
