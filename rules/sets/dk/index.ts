import v20220316 from './2022-03-16';
import v20260625 from './2026-06-25';

/** Every version of the Danish rule set, oldest first (2026-06-25 is a bill, proposed). */
export default [v20220316, v20260625];
