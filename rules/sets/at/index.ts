import v20250715 from './2025-07-15';
import v20261206 from './2026-12-06';

/** Every version of the Austrian rule set, oldest first. */
export default [v20250715, v20261206];
