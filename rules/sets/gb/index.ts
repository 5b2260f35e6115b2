import v20250204 from './2025-02-04';
import v20260408 from './2026-04-08';
import v20261206 from './2026-12-06';

/** Every version of the United Kingdom rule set, oldest first (2026-12-06: the window read from the end of the current permission). */
export default [v20250204, v20260408, v20261206];
